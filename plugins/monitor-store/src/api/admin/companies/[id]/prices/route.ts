import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalidData, notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { companyPriceList, setCompanyPrices } from "../../../../../lib/company-price-list"
import type { AdminSetCompanyPrices } from "./validators"

async function companyOf(req: AuthenticatedMedusaRequest) {
  const [company] = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).listCompanies({ id: String(req.params.id) }, { take: 1 })
  if (!company) throw notFound({ sv: "Företaget hittades inte.", en: "Company not found." })
  return company
}

/** GET /admin/companies/:id/prices — "Företagspriser": the catalog with list prices and the company's own. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await companyOf(req)
  res.json({ company: { id: company.id, name: company.name }, ...(await companyPriceList(req.scope, company.id)) })
})

/** POST /admin/companies/:id/prices — sets (amount) or removes (null) the company's price of variants. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminSetCompanyPrices>, res: MedusaResponse) => {
  const company = await companyOf(req)
  const current = await companyPriceList(req.scope, company.id)
  const known = new Set(current.prices.map((price) => price.variant_id))
  const unknown = req.validatedBody.prices.findIndex((price) => !known.has(price.variant_id))
  if (unknown >= 0) {
    throw invalidData({
      [`prices.${unknown}.variant_id`]: [{ sv: "Produkten finns inte i Monitor Store.", en: "The product is not in Monitor Store." }],
    })
  }
  const result = await setCompanyPrices(req.scope, company, req.validatedBody.prices)
  await auditRequest(req, { action: "company.prices_changed", company_id: company.id, details: { prices: req.validatedBody.prices } })
  res.json({ company: { id: company.id, name: company.name }, ...result })
})
