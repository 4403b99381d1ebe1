import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { fieldErrorsOf } from "@mymonitor/common/lib/http-validation"
import {
  conflict,
  forbidden,
  invalidData,
  PortalError,
  rateLimited,
  unauthorized,
  withPortalErrors,
} from "@mymonitor/common/lib/portal-errors"
import { consumeRateLimit } from "@mymonitor/common/lib/rate-limits"
import { checkErpSignature, INSTALLATION_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "../../../../lib/erp-signature"
import { MINIMUM_ERP_VERSION, supportsPortal } from "../../../../lib/erp-version"
import { MONITOR_REGISTRATION_MODULE, type MonitorRegistrationModuleService } from "../../../../modules/monitor-registration"
import { requestAdminRegistrationWorkflow } from "../../../../workflows/request-admin-registration"
import { ErpAdminRegistration, REQUIRED_ERP_ROLE } from "./validators"

/** Every refusal of the ERP API, in the shared error shape. */
export const ERP_ERRORS = {
  unauthorized: () =>
    unauthorized({
      sv: "Begäran kunde inte verifieras: okänd eller avstängd installation, fel signatur eller fel tid.",
      en: "The request could not be verified: unknown or disabled installation, bad signature or clock skew.",
    }),
  malformedJson: () => invalidData({ _: [{ sv: "Kroppen är inte giltig JSON.", en: "The body is not valid JSON." }] }),
  forbidden: () =>
    forbidden({
      sv: `ERP-användaren saknar rollen ${REQUIRED_ERP_ROLE}.`,
      en: `The ERP user does not have the role ${REQUIRED_ERP_ROLE}.`,
    }),
  versionTooOld: (version: string) =>
    new PortalError(422, "erp_version_too_old", {
      sv: `myMonitor kräver Monitor ERP ${MINIMUM_ERP_VERSION} eller senare (installationen har ${version}).`,
      en: `myMonitor requires Monitor ERP ${MINIMUM_ERP_VERSION} or later (the installation has ${version}).`,
    }),
  replay: () =>
    conflict("conflict", {
      sv: "Begäran med detta requestId har redan tagits emot; e-postmeddelandet har redan skickats.",
      en: "A request with this requestId was already received; its e-mail has already been sent.",
    }),
  unsupportedMediaType: () =>
    new PortalError(415, "unsupported_media_type", {
      sv: "Kroppen måste skickas som application/json.",
      en: "The body must be sent as application/json.",
    }),
  mailUnavailable: () =>
    new PortalError(503, "mail_unavailable", {
      sv: "E-postmeddelandet kunde inte skickas. Försök igen om en stund (tryck på knappen igen).",
      en: "The e-mail could not be sent. Try again in a while (press the button again).",
    }),
}

const header = (req: MedusaRequest, name: string) => {
  const value = req.headers[name]
  return typeof value === "string" ? value.trim() : undefined
}

/**
 * POST /erp/v1/admin-registrations — the fixed ERP contract (docs/erp-api.openapi.yaml).
 * Checks run 401 → 400 → 403 → 422 → 409 → 429: unsigned traffic never reaches
 * the body or spends an installation's quota. Then a workflow stores the
 * registration (token hash only) and e-mails the link, whether or not the address
 * has an account: 202. When the e-mail cannot be sent the registration stays
 * stored (the failure is logged and recorded as a failed notification) and the
 * answer is 503: the Monitor-ansvarig tries again, which is a new request.
 */
export const POST = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const registrations = req.scope.resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
  const logger = req.scope.resolve("logger")
  const rawBody: Buffer = req.rawBody ?? Buffer.alloc(0)

  // 415 before anything else: the contract speaks JSON only (the type says nothing secret).
  if (!/^application\/json\s*(;|$)/i.test(header(req, "content-type") ?? "")) throw ERP_ERRORS.unsupportedMediaType()

  // 401: who is calling, and did they sign exactly these bytes just now?
  const installationId = header(req, INSTALLATION_HEADER)
  const found = installationId ? await registrations.findActiveInstallationWithSecret(installationId) : undefined
  const check = checkErpSignature({
    installationId,
    timestamp: header(req, TIMESTAMP_HEADER),
    signature: header(req, SIGNATURE_HEADER),
    rawBody,
    secret: found?.secret,
  })
  if (!check.ok) {
    logger.warn(`ERP API: refused a request for installation ${JSON.stringify(installationId ?? null)} (${check.reason})`)
    throw ERP_ERRORS.unauthorized()
  }
  const installation = found!.installation

  // 400: well-formed JSON with the contract's fields.
  let json: unknown
  try {
    json = JSON.parse(rawBody.toString("utf8"))
  } catch {
    throw ERP_ERRORS.malformedJson()
  }
  const parsed = ErpAdminRegistration.safeParse(json)
  if (!parsed.success) throw invalidData(fieldErrorsOf(parsed.error))
  const body = parsed.data
  const email = body.email.toLowerCase()

  // 403: only a Monitor-ansvarig may make someone administrator.
  if (!body.erpUser.roles.includes(REQUIRED_ERP_ROLE)) throw ERP_ERRORS.forbidden()

  // 422: the portal needs ERP 25.7 or later (numeric per part: 25.10 > 25.7).
  if (!supportsPortal(body.erpVersion)) throw ERP_ERRORS.versionTooOld(body.erpVersion)

  // 409: the request id is the ERP's idempotency key per installation.
  if (await registrations.requestAlreadyReceived(installation.id, body.requestId)) throw ERP_ERRORS.replay()

  // 429: signed requests per installation and per e-mail address.
  for (const [name, key] of [
    ["erp_installation", installation.id],
    ["erp_email", email],
  ] as const) {
    const decision = await consumeRateLimit(name, key)
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds)
  }

  const { result } = await requestAdminRegistrationWorkflow(req.scope)
    .run({
      input: {
        installation_id: installation.id,
        company_id: installation.company_id,
        request_id: body.requestId,
        email,
        erp_user: { id: body.erpUser.id, name: body.erpUser.name, roles: body.erpUser.roles },
        erp_version: body.erpVersion,
      },
    })
    .catch((error: unknown) => {
      // Two copies of one request racing past the 409 check: the unique index decides.
      if ((error as { type?: string })?.type === MedusaError.Types.CONFLICT) throw ERP_ERRORS.replay()
      throw error
    })

  await auditRequest(req, {
    action: "erp.registration_requested",
    actor_type: "erp",
    actor_id: installation.id,
    actor_email: email,
    company_id: installation.company_id,
    details: {
      request_id: body.requestId,
      registration_id: result.registration_id,
      erp_version: body.erpVersion,
      erp_user: { id: body.erpUser.id, name: body.erpUser.name },
      email_sent: result.email_sent,
    },
  })

  if (!result.email_sent) {
    logger.error(`ERP API: the e-mail of registration ${result.registration_id} could not be sent (see the failed notification)`)
    throw ERP_ERRORS.mailUnavailable()
  }
  res.status(202).json({ status: "email_sent" })
})
