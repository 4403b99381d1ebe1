import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { unauthorized, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit, resetRateLimit } from "@mymonitor/common/lib/rate-limits"
import { sendEnrolmentCode } from "../../../../lib/enrolment-code"
import { issuePortalToken } from "@mymonitor/portal-permissions/lib/portal-session"
import type { z } from "@medusajs/framework/zod"
import type { PortalLogin } from "../validators"

const invalidCredentials = () =>
  unauthorized({ sv: "Fel e-postadress eller lösenord.", en: "Wrong e-mail address or password." }, "invalid_credentials")

/**
 * Step one of logging in: e-mail and password. The answer never grants portal
 * data: it is a short `password`-stage session that must pass a second factor
 * (`mfa_challenge`), or — for an account without one — prove the mailbox with an
 * e-mailed code before it may set one up (`email_code`).
 */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof PortalLogin>>, res: MedusaResponse) => {
  const { email, password } = req.validatedBody
  const address = clientAddress(req)
  await enforceRateLimit("login_ip", address)
  await enforceRateLimit("login", `${address}|${email}`)
  await enforceRateLimit("login_account", email)
  const auth = req.scope.resolve(Modules.AUTH)
  const result = await auth.authenticate("emailpass", { body: { email, password } })
  const identity = result.authIdentity
  if (!result.success || !identity || !identity.app_metadata?.customer_id) {
    await auditRequest(req, { action: "auth.login_failed", actor_type: "anonymous", actor_email: email })
    throw invalidCredentials()
  }
  await resetRateLimit("login", `${address}|${email}`)
  const challenge = result.mfaChallenge
  if (challenge) {
    const token = await issuePortalToken(req.scope, { authIdentityId: identity.id, email, stage: "password", challengeId: challenge.id })
    return res.json({ token, stage: "password", next: "mfa_challenge", challenge_id: challenge.id, methods: challenge.methods })
  }
  await sendEnrolmentCode(req.scope, identity.id, email)
  await auditRequest(req, {
    action: "auth.enrolment_code_sent",
    actor_type: "customer",
    actor_id: identity.app_metadata.customer_id as string,
    actor_email: email,
  })
  const token = await issuePortalToken(req.scope, { authIdentityId: identity.id, email, stage: "password" })
  res.json({ token, stage: "password", next: "email_code" })
})
