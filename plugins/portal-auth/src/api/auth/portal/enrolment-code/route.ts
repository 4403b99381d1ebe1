import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { sendEnrolmentCode } from "../../../../lib/enrolment-code"
import { assertNoFactorYet } from "../../../../lib/factors"
import { requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"

/** Sends a new e-mail code (the earlier one dies). */
export const POST = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["password"])
  await assertNoFactorYet(req.scope, session.auth_identity_id)
  await enforceRateLimit("email_code", session.auth_identity_id)
  await sendEnrolmentCode(req.scope, session.auth_identity_id, session.portal_email)
  res.status(202).json({ status: "sent" })
})
