import type { Core } from "@strapi/strapi"
import { getSecrets, isProduction } from "./env-check"
import { ensureMedusaApiToken, MEDUSA_TOKEN_NAME } from "./bootstrap/api-token"
import { ensureDevAdmin, getDevAdminSettings } from "./bootstrap/dev-admin"
import { closeEndUserRegistration } from "./bootstrap/users-permissions"

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  /**
   * - Always (production too): the content-API token "medusa-backend" whose key is STRAPI_API_TOKEN,
   *   and end-user registration switched off in the users-permissions settings.
   * - Outside production only: the demo content-staff admin user (Editor role).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const secrets = getSecrets()

    const token = await ensureMedusaApiToken(strapi, secrets.strapiApiToken)
    strapi.log.info(
      `[mymonitor] API token "${MEDUSA_TOKEN_NAME}" ${token.created ? "created" : "present"}` +
        `${token.keyUpdated && !token.created ? ", key updated from STRAPI_API_TOKEN" : ""}` +
        `${token.permissionsUpdated ? ", permissions repaired" : ""}`
    )

    if (await closeEndUserRegistration(strapi)) {
      strapi.log.info("[mymonitor] users-permissions registration switched off")
    }

    if (!isProduction()) {
      const settings = getDevAdminSettings(strapi.dirs.app.root)
      const admin = await ensureDevAdmin(strapi, settings)
      strapi.log.info(
        `[mymonitor] demo admin ${settings.email} (Editor) ${admin.created ? "created" : admin.updated ? "updated" : "present"}`
      )
    }
  },
}
