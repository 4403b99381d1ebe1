import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { orderViewOf } from "../../../../../../lib/order-view"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../../../../../../modules/company-commerce"

/** GET /store/companies/:id/orders/:orderId — one order of the company (area "my_pages"); another company's is 404. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const commerce = req.scope.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const row = await commerce.companyOrderOf(String(req.params.orderId))
  if (!row || row.company_id !== company_id) throw notFound({ sv: "Beställningen hittades inte.", en: "The order was not found." })
  res.json({ order: await orderViewOf(req.scope, row.order_id) })
})
