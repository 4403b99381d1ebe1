import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { INVOICE_PAYMENT_PROVIDER } from "@mymonitor/monitor-store/workflows/steps/invoice-payment-of-cart"

export type OrderPaymentState = { payment_collection_id: string | null; session_id: string | null; authorized: boolean }

type CollectionRow = {
  id: string
  status: string
  payment_sessions?: { id: string; provider_id: string; status: string }[] | null
  payments?: { id: string; canceled_at?: Date | null }[] | null
}

/** What the order has of its invoice payment (Medusa's system provider), so a second run creates nothing twice. */
export const invoicePaymentOfOrderStep = createStep("invoice-payment-of-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.id",
      "payment_collections.status",
      "payment_collections.payment_sessions.id",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.status",
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: input.order_id },
  })
  const collections = ((data[0] as { payment_collections?: CollectionRow[] } | undefined)?.payment_collections ?? []).filter(
    (c) => c.status !== "canceled"
  )
  const collection = collections[collections.length - 1]
  const session = collection?.payment_sessions?.find((s) => s.provider_id === INVOICE_PAYMENT_PROVIDER)
  const state: OrderPaymentState = {
    payment_collection_id: collection?.id ?? null,
    session_id: session?.id ?? null,
    authorized: !!collection?.payments?.some((p) => !p.canceled_at) || session?.status === "authorized",
  }
  return new StepResponse(state)
})
