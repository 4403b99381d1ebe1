import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import {
  authorizePaymentSessionStep,
  createOrUpdateOrderPaymentCollectionWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { INVOICE_PAYMENT_PROVIDER } from "@mymonitor/monitor-store/workflows/steps/invoice-payment-of-cart"
import { invoicePaymentOfOrderStep } from "./steps/invoice-payment-of-order"

/**
 * "Faktura" for an order that came from a quote: the order's payment collection for its total, a
 * session with Medusa's system provider and its authorization (captured when staff mark the invoice
 * paid), as a cart's checkout has it. Each part is skipped when it exists, so a second run adds nothing.
 */
export const invoicePaymentOfOrderWorkflow = createWorkflow(
  "quote-invoice-payment-of-order",
  (input: { order_id: string; customer_id: string }) => {
    const before = invoicePaymentOfOrderStep({ order_id: input.order_id })
    when("create-order-payment-collection", { before }, ({ before }) => !before.payment_collection_id).then(() => {
      createOrUpdateOrderPaymentCollectionWorkflow.runAsStep({ input: { order_id: input.order_id } })
    })
    const collected = invoicePaymentOfOrderStep({ order_id: input.order_id }).config({ name: "invoice-payment-of-order-collected" })
    when("create-order-invoice-session", { collected }, ({ collected }) => !!collected.payment_collection_id && !collected.session_id).then(
      () => {
        const session = transform({ collected, input }, ({ collected, input }) => ({
          payment_collection_id: collected.payment_collection_id!,
          provider_id: INVOICE_PAYMENT_PROVIDER,
          customer_id: input.customer_id,
        }))
        createPaymentSessionsWorkflow.runAsStep({ input: session })
      }
    )
    const sessioned = invoicePaymentOfOrderStep({ order_id: input.order_id }).config({ name: "invoice-payment-of-order-sessioned" })
    when("authorize-order-invoice-session", { sessioned }, ({ sessioned }) => !!sessioned.session_id && !sessioned.authorized).then(() => {
      authorizePaymentSessionStep(transform({ sessioned }, ({ sessioned }) => ({ id: sessioned.session_id!, context: {} })))
    })
    return new WorkflowResponse(input.order_id)
  }
)
