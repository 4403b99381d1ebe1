import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { COMPANY_NOT_FOUND } from "../../../../../lib/buyer"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"
import type { BillingProfileBody } from "../../../../validators"

async function companyOf(req: AuthenticatedMedusaRequest) {
  const [company] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: req.params.id }, { take: 1, select: ["id", "name", "organisation_number", "customer_number"] })
  if (!company) throw notFound(COMPANY_NOT_FOUND)
  return { id: company.id, name: company.name, organisation_number: company.organisation_number, customer_number: company.customer_number }
}

/** GET /admin/companies/:id/billing-profile — the company and its billing profile (null until set). */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await companyOf(req)
  const profile = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).billingProfileOf(company.id)
  res.json({ company, billing_profile: profile })
})

/** POST /admin/companies/:id/billing-profile — sets the billing profile (address, VAT number, invoice e-mail, terms). Audited. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<BillingProfileBody>, res: MedusaResponse) => {
  const company = await companyOf(req)
  const profile = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).upsertBillingProfile(company.id, req.validatedBody)
  await auditRequest(req, {
    action: "billing_profile.updated",
    company_id: company.id,
    details: { invoice_email: profile.invoice_email, payment_terms_days: profile.payment_terms_days },
  })
  res.json({ company, billing_profile: profile })
})
