import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { conflict } from "@mymonitor/common/lib/portal-errors"

export const assertCartHasItemsStep = createStep("assert-cart-has-items", async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id"], filters: { id: input.cart_id } })
  const items = (data[0] as { items?: unknown[] } | undefined)?.items ?? []
  if (!items.length) throw conflict("cart_empty", { sv: "Varukorgen är tom.", en: "The cart is empty." })
  return new StepResponse(items.length)
})
