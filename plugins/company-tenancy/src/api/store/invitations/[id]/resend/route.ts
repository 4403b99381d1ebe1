import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { Modules } from "@medusajs/framework/utils"
import { retrieveManagedInvitation } from "../../../../../lib/user-management-access"
import { sendInvitationMail } from "../../../../../lib/invitation-mail"
import { toPortalError } from "../../../../../lib/user-management-errors"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../../../modules/company"

/**
 * POST /store/invitations/:id/resend — a new link (new token, new validity period)
 * e-mailed again; the previous link stops working at once.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const invitation = await retrieveManagedInvitation(req, req.params.id)
  const customerId = req.auth_context.actor_id
  await enforceRateLimit("invitation", customerId)
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const { token, hash } = newSecretToken()
  const renewed = await companyService.renewInvitationToken(invitation.id, hash).catch((error) => {
    throw toPortalError(error)
  })
  const companyIds: string[] = invitation.grants.map((grant: any) => grant.company_id)
  const companies = await companyService.listCompanies({ id: companyIds })
  const inviter = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  await sendInvitationMail({
    email: invitation.email,
    token,
    role: invitation.grants[0]?.role ?? "user",
    company_names: companies.map((company: any) => company.name),
    inviter_name: [inviter.first_name, inviter.last_name].filter(Boolean).join(" ") || inviter.email,
  })
  await auditRequest(
    req,
    {
      action: "invitation.sent",
      actor_email: inviter.email,
      details: { invitation_id: invitation.id, email: invitation.email, resend: true, send_count: renewed.send_count },
    },
    companyIds
  )
  res.json({
    invitation: { id: renewed.id, email: renewed.email, expires_at: renewed.expires_at, send_count: renewed.send_count },
  })
})
