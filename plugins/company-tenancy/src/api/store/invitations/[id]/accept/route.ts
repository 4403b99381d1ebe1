import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { PortalError, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { LINK_ERRORS, toPortalError } from "../../../../../lib/user-management-errors"
import { COMPANY_MODULE, type CompanyModuleService, normalizeEmail } from "../../../../../modules/company"
import { acceptInvitationWorkflow } from "../../../../../workflows/user-management"

const emailMismatch = () =>
  new PortalError(403, "email_mismatch", {
    sv: "Inbjudan gäller en annan e-postadress. Logga in med det konto inbjudan skickades till.",
    en: "The invitation is for another e-mail address. Log in with the account it was sent to.",
  })

/**
 * POST /store/invitations/:token/accept — an existing account accepts an invitation
 * after logging in: the account's e-mail must be the invited one; exactly the
 * invited memberships are added, and the link is used up.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const token = req.params.id ?? ""
  const customerId = req.auth_context.actor_id
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const link = token.length >= 20 && token.length <= 200 ? await companyService.describeLink(token) : null
  if (!link) throw LINK_ERRORS.unknown()
  if (link.status !== "valid") throw LINK_ERRORS[link.status]()
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  if (normalizeEmail(customer.email ?? "") !== link.email) throw emailMismatch()

  const { result } = await acceptInvitationWorkflow(req.scope)
    .run({ input: { token, customer_id: customerId } })
    .catch((error) => {
      throw toPortalError(error)
    })
  const companyIds = result.link.grants.map((grant) => grant.company_id)
  await auditRequest(
    req,
    {
      action: "invitation.accepted",
      actor_email: customer.email,
      details: { grants: result.link.grants, added: result.memberships.map((m) => m.company_id) },
    },
    companyIds
  )
  const companies = await companyService.listCompanies({ id: companyIds })
  const names = new Map(companies.map((company) => [company.id, company.name]))
  res.json({
    memberships: result.link.grants.map((grant) => ({
      company_id: grant.company_id,
      company_name: names.get(grant.company_id),
      role: grant.role,
    })),
    added: result.memberships.map((m) => m.company_id),
  })
})
