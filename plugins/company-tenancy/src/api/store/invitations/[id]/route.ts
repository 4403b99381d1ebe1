import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { retrieveManagedInvitation } from "../../../../lib/user-management-access"
import { toPortalError } from "../../../../lib/user-management-errors"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../../modules/company"

/** DELETE /store/invitations/:id — revokes a pending invitation; only an admin of all its companies sees it (else 404). */
export const DELETE = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const invitation = await retrieveManagedInvitation(req, req.params.id)
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const wasRevoked = Boolean(invitation.revoked_at)
  await companyService.revokeInvitation(invitation.id).catch((error) => {
    throw toPortalError(error)
  })
  if (!wasRevoked) {
    await auditRequest(
      req,
      { action: "invitation.revoked", details: { invitation_id: invitation.id, email: invitation.email } },
      invitation.grants.map((grant) => grant.company_id)
    )
  }
  res.json({ id: invitation.id, object: "invitation", deleted: true })
})
