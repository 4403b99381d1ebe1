import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { orderSummariesOf } from "../../../lib/order-view"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../../../modules/company-commerce"
import type { StoreListCompanyOrdersQuery } from "./validators"

/**
 * GET /store/company-orders — Mina sidor › Beställningar: every order of every company where the
 * caller has "my pages", colleagues' orders included, newest first. A company filter naming a
 * company where the caller lacks "my pages" is "not found", like a foreign one.
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreListCompanyOrdersQuery>, res: MedusaResponse) => {
  const { company_id, limit, offset } = req.validatedQuery
  const companies = await companiesWithArea(req, "my_pages", company_id)
  const commerce = req.scope.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const [rows, count] = await commerce.listAndCountCompanyOrders(
    { company_id: companies },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({ orders: await orderSummariesOf(req.scope, rows), count, limit, offset })
})
