import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "@mymonitor/portal-permissions/modules/portal-session"
import { requirePortalStage } from "@mymonitor/portal-permissions/lib/portal-session"

/** "Logga ut": ends this login's session on the server, so its token is refused from now on, wherever it was copied. */
export const POST = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const session = requirePortalStage(req, ["password", "enrolment", "complete"])
  if (session.portal_session_id) {
    await req.scope.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE).endSession(session.portal_session_id, "logout")
  }
  if (session.portal_stage === "complete") {
    await auditRequest(req, {
      action: "auth.logout",
      actor_type: "customer",
      actor_id: session.actor_id,
      actor_email: session.portal_email,
    })
  }
  res.json({ status: "logged_out" })
})
