import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { COMPANY_MODULE, type CompanyModuleService, toCompanyWithRole } from "../../../../modules/company"

/** GET /store/companies/:id — one of the caller's companies (the gate answers 404 for any other id). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = companyMembershipOf(req)
  const [withCompany] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listMemberships({ id: membership.id }, { relations: ["company"], take: 1 })
  res.json({ company: toCompanyWithRole(withCompany) })
}
