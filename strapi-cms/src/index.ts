import type { Core } from "@strapi/strapi"
import { getIntegrationSettings, getSecrets, isProduction } from "./env-check"
import { ensureMedusaApiToken, MEDUSA_TOKEN_NAME } from "./bootstrap/api-token"
import { ensureAdminRoles, SUPPORT_ROLE } from "./bootstrap/admin-roles"
import { ensureAdminLabels } from "./bootstrap/admin-labels"
import { ensureDevAdmin, getDevAdminSettings, getSupportAdminSettings } from "./bootstrap/dev-admin"
import { closeEndUserRegistration } from "./bootstrap/users-permissions"
import { installPrivateUploads, urlSigningKey } from "./lib/private-upload"
import { registerDocumentMiddleware } from "./lib/document-middleware"
import { configureOutbox, startRetryLoop } from "./lib/outbox"
import { ensureTicketNumberSequence } from "./lib/ticket-number"
import { ensureTicketCounts } from "./lib/ticket-counts"
import { runAutoClose } from "./lib/auto-close"

let stopRetryLoop: (() => void) | null = null

export default {
  /**
   * Private uploads (provider methods + signed-URL route) and the document-service middleware
   * (companies, ticket numbers, staff messages, outbox rows).
   */
  register({ strapi }: { strapi: Core.Strapi }) {
    const settings = getIntegrationSettings(strapi.dirs.app.root)
    installPrivateUploads(strapi, settings.privateUploadsDir, urlSigningKey(getSecrets().appKeys))
    registerDocumentMiddleware(strapi)
  },

  /**
   * - Always (production too): the content-API token "medusa-backend" whose key is STRAPI_API_TOKEN,
   *   end-user registration switched off, the admin role "Support" (and Editor's agreement grants),
   *   the ticket-number sequence, the per-company ticket counts, the outbox retry loop and the auto-close cron task.
   * - Outside production only: the demo content-staff admin (Editor) and support admin (Support).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const secrets = getSecrets()
    const integration = getIntegrationSettings(strapi.dirs.app.root)

    const token = await ensureMedusaApiToken(strapi, secrets.strapiApiToken)
    strapi.log.info(
      `[mymonitor] API token "${MEDUSA_TOKEN_NAME}" ${token.created ? "created" : "present"}` +
        `${token.keyUpdated && !token.created ? ", key updated from STRAPI_API_TOKEN" : ""}` +
        `${token.permissionsUpdated ? ", permissions repaired" : ""}`
    )

    if (await closeEndUserRegistration(strapi)) {
      strapi.log.info("[mymonitor] users-permissions registration switched off")
    }

    await ensureAdminRoles(strapi)
    await ensureAdminLabels(strapi)
    await ensureTicketNumberSequence(strapi)
    await ensureTicketCounts(strapi)

    configureOutbox({ medusaBackendUrl: integration.medusaBackendUrl, webhookSecret: secrets.webhookSecret })
    stopRetryLoop?.()
    stopRetryLoop = startRetryLoop(strapi, integration.outboxRetryIntervalMs)
    // bootstrap() may run again on the same instance (tests, repairs): schedule once.
    strapi.cron.remove("mymonitorAutoClose")
    strapi.cron.add({
      mymonitorAutoClose: {
        task: async ({ strapi: s }: { strapi: Core.Strapi }) => {
          const result = await runAutoClose(s)
          if (result.closed || result.noticed) s.log.info(`[mymonitor] auto-close: ${result.closed} closed, ${result.noticed} notices`)
        },
        options: { rule: "17 * * * *" },
      },
    })

    if (!isProduction()) {
      const settings = getDevAdminSettings(strapi.dirs.app.root)
      const admin = await ensureDevAdmin(strapi, settings)
      strapi.log.info(
        `[mymonitor] demo admin ${settings.email} (Editor) ${admin.created ? "created" : admin.updated ? "updated" : "present"}`
      )
      const support = getSupportAdminSettings(strapi.dirs.app.root)
      if (support) {
        const result = await ensureDevAdmin(strapi, support, SUPPORT_ROLE.code)
        strapi.log.info(`[mymonitor] demo support admin ${support.email} (Support) ${result.created ? "created" : "present"}`)
      }
    }
  },

  destroy() {
    stopRetryLoop?.()
    stopRetryLoop = null
  },
}
