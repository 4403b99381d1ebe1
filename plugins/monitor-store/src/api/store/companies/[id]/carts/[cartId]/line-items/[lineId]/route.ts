import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { cartView } from "../../../../../../../../lib/cart-view"
import { ownedCartOf } from "../../../../../../../../lib/owned-cart"
import type { StoreUpdateLineItem } from "../../../validators"

const lineNotFound = () => notFound({ sv: "Raden finns inte i varukorgen.", en: "The line is not in the cart." })

async function ownedLineOf(req: AuthenticatedMedusaRequest) {
  const cart = await ownedCartOf(req, { open: true })
  const lineId = String(req.params.lineId)
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "items.id"], filters: { id: cart.cart_id } })
  const items = (data[0] as { items?: { id: string }[] } | undefined)?.items ?? []
  if (!items.some((item) => item.id === lineId)) throw lineNotFound()
  return { cart, lineId }
}

/** POST /store/companies/:id/carts/:cartId/line-items/:lineId — changes a line's quantity (repriced for the company). */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreUpdateLineItem>, res: MedusaResponse) => {
  const { cart, lineId } = await ownedLineOf(req)
  await updateLineItemInCartWorkflow(req.scope).run({
    input: { cart_id: cart.cart_id, item_id: lineId, update: { quantity: req.validatedBody.quantity } },
  })
  res.json({ cart: await cartView(req.scope, cart.cart_id, cart.company_id) })
})

/** DELETE /store/companies/:id/carts/:cartId/line-items/:lineId — removes a line. */
export const DELETE = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cart, lineId } = await ownedLineOf(req)
  await deleteLineItemsWorkflow(req.scope).run({ input: { cart_id: cart.cart_id, ids: [lineId] } })
  res.json({ cart: await cartView(req.scope, cart.cart_id, cart.company_id) })
})
