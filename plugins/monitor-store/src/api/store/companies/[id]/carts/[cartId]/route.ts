import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { cartView } from "../../../../../../lib/cart-view"
import { ownedCartOf } from "../../../../../../lib/owned-cart"

/** GET /store/companies/:id/carts/:cartId — the caller's cart with lines, totals and VAT per rate. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cart = await ownedCartOf(req)
  res.json({ cart: await cartView(req.scope, cart.cart_id, cart.company_id) })
})
