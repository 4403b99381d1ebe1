import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { COMPANY_NOT_FOUND } from "../../../../../lib/buyer"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"
import type { BillingProfileBody } from "../../../../validators"

async function companyOf(req: AuthenticatedMedusaRequest) {
  const company = await companySummaryOf(req.scope, req.params.id)
  if (!company) throw notFound(COMPANY_NOT_FOUND)
  return company
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
