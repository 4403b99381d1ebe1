import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { deliverCompanyOrder } from "../../../../../../../lib/delivery"
import { orderViewOf } from "../../../../../../../lib/order-view"
import { ownedCartOf } from "../../../../../../../lib/owned-cart"
import { placeCompanyOrderWorkflow } from "../../../../../../../workflows/place-company-order"
import type { StoreCompleteCart } from "../../validators"

/**
 * POST /store/companies/:id/carts/:cartId/complete — "Lägg beställning": places the order (once,
 * however often this is called) and delivers it before answering, so the confirmation page shows
 * the licenses and the invoice. A delivery error leaves the order placed and its delivery pending.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreCompleteCart>, res: MedusaResponse) => {
  const cart = await ownedCartOf(req)
  const { result: companyOrder } = await placeCompanyOrderWorkflow(req.scope).run({
    input: {
      cart_id: cart.cart_id,
      company_id: cart.company_id,
      customer_id: cart.customer_id,
      your_reference: req.validatedBody.your_reference,
      terms_accepted_at: new Date(),
    },
  })
  const alreadyPlaced = !!cart.completed_at
  if (companyOrder.delivery_status === "pending") await deliverCompanyOrder(req.scope, companyOrder.order_id)
  res.status(alreadyPlaced ? 200 : 201).json({ order: await orderViewOf(req.scope, companyOrder.order_id) })
})
