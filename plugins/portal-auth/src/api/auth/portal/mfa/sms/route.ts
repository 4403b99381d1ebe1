import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { assertNoFactorYet } from "../../../../../lib/factors"
import { mfaFailure } from "../../../../../lib/mfa-errors"
import { requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"
import type { SmsEnrolment } from "../../validators"

/** Begins the SMS setup: the number gets a six-digit code to confirm. */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof SmsEnrolment>>, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["enrolment"])
  await assertNoFactorYet(req.scope, session.auth_identity_id)
  await enforceRateLimit("sms_send", session.auth_identity_id)
  const auth = req.scope.resolve(Modules.AUTH)
  try {
    const { mfa } = await auth.startAuthMfa({
      auth_identity_id: session.auth_identity_id,
      provider: "sms",
      metadata: { phone: req.validatedBody.phone },
    })
    res.json({ factor_id: mfa.id, phone_hint: mfa.metadata?.phone_hint ?? null })
  } catch (error) {
    throw mfaFailure(error)
  }
})
