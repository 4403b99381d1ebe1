import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE, type CompanyModuleService, invitationStatus } from "../../../../../modules/company"

/** GET /admin/companies/:id/invitations — the company's invitations that are neither accepted nor revoked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const grants = await companyService.listInvitationGrants({ company_id: req.params.id }, { relations: ["invitation"] })
  const invitations = grants
    .filter((grant) => grant.invitation && !grant.invitation.accepted_at && !grant.invitation.revoked_at)
    .map((grant) => ({
      id: grant.invitation.id,
      email: grant.invitation.email,
      role: grant.role,
      status: invitationStatus(grant.invitation),
      expires_at: grant.invitation.expires_at,
      send_count: grant.invitation.send_count,
      last_sent_at: grant.invitation.last_sent_at,
      invited_by_customer_id: grant.invitation.invited_by_customer_id,
    }))
    .sort((a, b) => a.email.localeCompare(b.email))
  res.json({ invitations })
}
