import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/** The invoice payment provider: Medusa's system provider (authorizes at once, captures when staff mark the invoice paid). */
export const INVOICE_PAYMENT_PROVIDER = "pp_system_default"

export type CartPaymentState = { payment_collection_id: string | null; has_invoice_session: boolean }

/** What the cart already has of its invoice payment (a retried checkout finds it and creates nothing twice). */
export const invoicePaymentOfCartStep = createStep("invoice-payment-of-cart", async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "payment_collection.id", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.provider_id"],
    filters: { id: input.cart_id },
  })
  const collection = (data[0] as { payment_collection?: { id: string; payment_sessions?: { provider_id: string }[] } | null } | undefined)
    ?.payment_collection
  const state: CartPaymentState = {
    payment_collection_id: collection?.id ?? null,
    has_invoice_session: !!collection?.payment_sessions?.some((s) => s.provider_id === INVOICE_PAYMENT_PROVIDER),
  }
  return new StepResponse(state)
})
