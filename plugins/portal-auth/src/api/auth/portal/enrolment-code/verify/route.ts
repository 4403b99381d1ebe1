import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { assertNoFactorYet } from "../../../../../lib/factors"
import { invalidCode } from "../../../../../lib/mfa-errors"
import { issuePortalToken, requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"
import { PORTAL_ACCESS_MODULE, type PortalAccessModuleService } from "../../../../../modules/portal-access"
import type { CodeOnly } from "../../validators"

/** The e-mailed code proves the mailbox: the session may now set up its first factor. */
export const POST = withPortalErrors(async (req: MedusaRequest<z.infer<typeof CodeOnly>>, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["password"])
  await assertNoFactorYet(req.scope, session.auth_identity_id)
  await enforceRateLimit("mfa_ip", clientAddress(req))
  await enforceRateLimit("mfa", session.auth_identity_id)
  const access = req.scope.resolve<PortalAccessModuleService>(PORTAL_ACCESS_MODULE)
  if (!(await access.consumeEnrolmentCode(session.auth_identity_id, req.validatedBody.code))) throw invalidCode()
  const token = await issuePortalToken(req.scope, {
    authIdentityId: session.auth_identity_id,
    email: session.portal_email,
    stage: "enrolment",
    sessionId: session.portal_session_id,
  })
  res.json({ token, stage: "enrolment" })
})
