import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AuthMfaDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { assertNoFactorYet } from "../../../../../../../lib/factors"
import { mfaFailure } from "../../../../../../../lib/mfa-errors"
import { issuePortalToken, requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"
import type { CodeOnly } from "../../../../validators"

export const RECOVERY_CODE_COUNT = 10

/**
 * Confirms the new factor with its first code. Core MFA answers a verified
 * factor with no session; here the confirmation counts as the completed
 * challenge of this session, and the recovery codes are shown once.
 */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof CodeOnly>>, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["enrolment"])
  await assertNoFactorYet(req.scope, session.auth_identity_id)
  await enforceRateLimit("mfa_ip", clientAddress(req))
  await enforceRateLimit("mfa", session.auth_identity_id)
  const auth = req.scope.resolve(Modules.AUTH)
  const [factor] = await auth.listAuthMfa({ id: [req.params.id], auth_identity_id: session.auth_identity_id, status: "pending" })
  if (!factor) throw notFound()
  let verified: AuthMfaDTO
  try {
    verified = await auth.verifyAuthMfa({ id: factor.id, auth_identity_id: session.auth_identity_id, code: req.validatedBody.code })
  } catch (error) {
    await auditRequest(req, {
      action: "auth.mfa_failed",
      actor_type: "anonymous",
      actor_email: session.portal_email,
      details: { method: factor.provider, setup: true },
    })
    throw mfaFailure(error)
  }
  const { codes } = await auth.generateAuthMfaRecoveryCodes({
    auth_identity_id: session.auth_identity_id,
    count: RECOVERY_CODE_COUNT,
  })
  const token = await issuePortalToken(req.scope, {
    authIdentityId: session.auth_identity_id,
    email: session.portal_email,
    stage: "complete",
    sessionId: session.portal_session_id,
  })
  await auditRequest(req, {
    action: "auth.mfa_enrolled",
    actor_type: "customer",
    actor_email: session.portal_email,
    details: { method: verified.provider },
  })
  res.json({ token, stage: "complete", recovery_codes: codes })
})
