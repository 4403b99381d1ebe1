import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartView } from "../../../../../../../lib/cart-view"
import { assertInCatalog } from "../../../../../../../lib/catalog-variant"
import { ownedCartOf } from "../../../../../../../lib/owned-cart"
import type { StoreAddLineItem } from "../../validators"

/** POST /store/companies/:id/carts/:cartId/line-items — adds a product at the company's price. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreAddLineItem>, res: MedusaResponse) => {
  const cart = await ownedCartOf(req, { open: true })
  await assertInCatalog(req.scope, req.validatedBody.variant_id)
  await addToCartWorkflow(req.scope).run({
    input: { cart_id: cart.cart_id, items: [{ variant_id: req.validatedBody.variant_id, quantity: req.validatedBody.quantity }] },
  })
  res.json({ cart: await cartView(req.scope, cart.cart_id, cart.company_id) })
})
