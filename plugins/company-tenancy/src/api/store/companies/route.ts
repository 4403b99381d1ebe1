import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE, type CompanyModuleService } from "../../../modules/company"
import type { StoreListCompaniesQuery } from "./validators"

/** GET /store/companies — the caller's companies, each with the caller's role there. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListCompaniesQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [companies, count] = await companyService.listCompaniesOfCustomer(req.auth_context.actor_id, {
    skip: offset,
    take: limit,
  })
  res.json({ companies, count, limit, offset })
}
