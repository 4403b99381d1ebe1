import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { cartView } from "../../../../../lib/cart-view"
import { storeSettingOf } from "../../../../../lib/store-region"
import { createCompanyCartWorkflow } from "../../../../../workflows/create-company-cart"

/** POST /store/companies/:id/carts — the caller's open cart for the company, created when there is none. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const customer = await req.scope.resolve("customer").retrieveCustomer(customer_id, { select: ["email"] })
  const { result: cartId } = await createCompanyCartWorkflow(req.scope).run({
    input: { company_id, customer_id, email: customer.email, ...(await storeSettingOf(req.scope)) },
  })
  res.json({ cart: await cartView(req.scope, cartId as string, company_id) })
})
