import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { enforceRateLimit } from "@mymonitor/common/lib/rate-limits"
import { assertAreaInCompanies } from "@mymonitor/portal-permissions/lib/access-gate"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../modules/company"
import { sendInvitationsWorkflow } from "../../../workflows/user-management"
import type { StoreSendInvitations } from "../user-management/validators"

/**
 * POST /store/invitations — "Skicka inbjudan": one invitation per row, each to one or
 * more of the caller's companies where they manage users with one role. Every company id of the whole
 * batch goes through the guard first: one that where the caller does not manage users makes
 * the batch answer 404 with nothing written or sent. The invitations are created, then
 * e-mailed; one whose e-mail failed still stands (`email_sent: false`) and can be resent.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreSendInvitations>, res: MedusaResponse) => {
  const { invitations } = req.validatedBody
  const customerId = req.auth_context.actor_id
  await assertAreaInCompanies(
    req,
    "user_management",
    invitations.flatMap((row) => row.company_ids)
  )
  for (const _row of invitations) await enforceRateLimit("invitation", customerId)

  const rows = invitations.map((row) => ({ ...row, company_ids: [...new Set(row.company_ids)] }))
  const companyIds = [...new Set(rows.flatMap((row) => row.company_ids))]
  const companies = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).listCompanies({ id: companyIds })
  const inviter = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)

  const { result } = await sendInvitationsWorkflow(req.scope).run({
    input: {
      invited_by_customer_id: customerId,
      inviter_name: [inviter.first_name, inviter.last_name].filter(Boolean).join(" ") || inviter.email,
      invitations: rows,
      company_names: Object.fromEntries(companies.map((company) => [company.id, company.name])),
    },
  })
  for (const invitation of result) {
    await auditRequest(
      req,
      {
        action: "invitation.sent",
        actor_email: inviter.email,
        details: { invitation_id: invitation.id, email: invitation.email, role: invitation.role, email_sent: invitation.email_sent },
      },
      invitation.company_ids
    )
  }
  res.status(201).json({
    invitations: result.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      company_ids: invitation.company_ids,
      role: invitation.role,
      expires_at: invitation.expires_at,
      email_sent: invitation.email_sent,
    })),
  })
})
