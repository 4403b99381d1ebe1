import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { companyCatalog } from "../../../../../lib/company-catalog"
import type { StoreCatalogQuery } from "./validators"

/** GET /store/companies/:id/products — Monitor Store's catalog at the company's prices (area "store"). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreCatalogQuery>, res: MedusaResponse) {
  const { company_id } = companyMembershipOf(req)
  const [company, products] = await Promise.all([
    companySummaryOf(req.scope, company_id),
    companyCatalog(req.scope, company_id, req.validatedQuery),
  ])
  res.json({ company: company && { id: company.id, name: company.name }, products })
}
