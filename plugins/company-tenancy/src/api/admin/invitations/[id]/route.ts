import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { toPortalError } from "../../../../lib/user-management-errors"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../../modules/company"

/** DELETE /admin/invitations/:id — vendor staff revoke an invitation (audited with the staff user as actor). */
export const DELETE = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [invitation] = await companyService.listInvitations({ id: req.params.id }, { relations: ["grants"], take: 1 })
  if (!invitation) throw notFound({ sv: "Inbjudan hittades inte.", en: "Invitation not found." })
  await companyService.revokeInvitation(invitation.id).catch((error) => {
    throw toPortalError(error)
  })
  if (!invitation.revoked_at) {
    await auditRequest(
      req,
      { action: "invitation.revoked", actor_type: "user", details: { invitation_id: invitation.id, email: invitation.email } },
      invitation.grants.map((grant) => grant.company_id)
    )
  }
  res.json({ id: invitation.id, object: "invitation", deleted: true })
})
