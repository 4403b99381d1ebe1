import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { retrieveManagedInvitation } from "../../../../../lib/user-management-access"
import { toPortalError } from "../../../../../lib/user-management-errors"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../../../modules/company"
import { resendInvitationWorkflow } from "../../../../../workflows/user-management"

/**
 * POST /store/invitations/:id/resend — a new link (new token, new validity period)
 * e-mailed again; the previous link stops working at once. The new link stands
 * even if its e-mail fails (`email_sent: false`; it can be resent again).
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const invitation = await retrieveManagedInvitation(req, req.params.id)
  const customerId = req.auth_context.actor_id
  await enforceRateLimit("invitation", customerId)
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const companyIds = invitation.grants.map((grant) => grant.company_id)
  const companies = await companyService.listCompanies({ id: companyIds })
  const inviter = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const { result: renewed } = await resendInvitationWorkflow(req.scope)
    .run({
      input: {
        invitation_id: invitation.id,
        email: invitation.email,
        role: invitation.grants[0]?.role ?? "user",
        company_ids: companyIds,
        inviter_name: [inviter.first_name, inviter.last_name].filter(Boolean).join(" ") || inviter.email,
        company_names: Object.fromEntries(companies.map((company) => [company.id, company.name])),
      },
    })
    .catch((error) => {
      throw toPortalError(error)
    })
  await auditRequest(
    req,
    {
      action: "invitation.sent",
      actor_email: inviter.email,
      details: {
        invitation_id: invitation.id,
        email: invitation.email,
        resend: true,
        send_count: renewed.send_count,
        email_sent: renewed.email_sent,
      },
    },
    companyIds
  )
  res.json({
    invitation: {
      id: renewed.id,
      email: renewed.email,
      expires_at: renewed.expires_at,
      send_count: renewed.send_count,
      email_sent: renewed.email_sent,
    },
  })
})
