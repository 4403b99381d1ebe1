import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { mfaFailure, sessionExpired } from "../../../../../../lib/mfa-errors"
import { issuePortalToken, requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"
import type { ChallengeVerify } from "../../../validators"

/** Step two of logging in: the six-digit code (app or SMS) or a recovery code completes the session. */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof ChallengeVerify>>, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["password"])
  if (!session.mfa_challenge_id) throw sessionExpired()
  await enforceRateLimit("mfa_ip", clientAddress(req))
  await enforceRateLimit("mfa", session.auth_identity_id)
  const auth = req.scope.resolve(Modules.AUTH)
  try {
    await auth.verifyAuthMfaChallenge({
      id: session.mfa_challenge_id,
      method: req.validatedBody.method,
      code: req.validatedBody.code,
      auth_identity_id: session.auth_identity_id,
    })
  } catch (error) {
    await auditRequest(req, {
      action: "auth.mfa_failed",
      actor_type: "anonymous",
      actor_email: session.portal_email,
      details: { method: req.validatedBody.method },
    })
    throw mfaFailure(error)
  }
  const token = await issuePortalToken(req.scope, {
    authIdentityId: session.auth_identity_id,
    email: session.portal_email,
    stage: "complete",
    sessionId: session.portal_session_id,
  })
  await auditRequest(req, {
    action: "auth.login_succeeded",
    actor_type: "customer",
    actor_email: session.portal_email,
    details: { method: req.validatedBody.method },
  })
  res.json({ token, stage: "complete" })
})
