import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/** The order a cart became, read from core's order ↔ cart link exactly as completeCartWorkflow reads it; or null. */
export const orderOfCartStep = createStep("order-of-cart", async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: input.cart_id } })
  const link = data[0] as { order_id?: string } | undefined
  return new StepResponse(link?.order_id ?? null)
})
