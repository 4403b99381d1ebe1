import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { mfaFailure } from "../../../../../../lib/mfa-errors"
import { requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"

/** Sends a login code to the enrolled phone (core MFA has no hook when a challenge starts). */
export const POST = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["password"])
  await enforceRateLimit("sms_send", session.auth_identity_id)
  const auth = req.scope.resolve(Modules.AUTH)
  try {
    const { mfa } = await auth.startAuthMfa({
      auth_identity_id: session.auth_identity_id,
      provider: "sms",
      metadata: { purpose: "login" },
    })
    res.status(202).json({ status: "sent", phone_hint: mfa?.metadata?.phone_hint ?? null })
  } catch (error) {
    throw mfaFailure(error)
  }
})
