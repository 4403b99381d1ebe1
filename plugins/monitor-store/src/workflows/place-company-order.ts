import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refreshCartItemsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { assertBuyerMayShopStep } from "./steps/assert-buyer-may-shop"
import { assertCartHasItemsStep } from "./steps/assert-cart-has-items"
import { INVOICE_PAYMENT_PROVIDER, invoicePaymentOfCartStep } from "./steps/invoice-payment-of-cart"
import { orderOfCartStep } from "./steps/order-of-cart"
import { recordCompanyOrderStep } from "./steps/record-company-order"
import { lockOwnerStep } from "./steps/lock-owner"

export type PlaceCompanyOrderInput = {
  cart_id: string
  company_id: string
  customer_id: string
  your_reference: string | null
  terms_accepted_at: Date
}

/**
 * Places a company's order from its cart, once: under a lock per cart, a cart that already
 * became an order is not completed again (a double click or a retry gets the same order).
 * Before completing, the buyer's role is checked again and every price is computed anew
 * (force_refresh, in the company's pricing context); payment is "Faktura" — Medusa's system
 * provider, collection and session created here, never by the client. The company's order is
 * recorded in the same run; delivery (licenses, invoice, mails) is deliverCompanyOrderWorkflow.
 */
export const placeCompanyOrderWorkflow = createWorkflow("place-company-order", (input: PlaceCompanyOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `monitor-store:checkout:${input.cart_id}`)
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })

  // The workflow SDK has no nested `when`: each condition below repeats "the cart is not yet an order".
  const existingOrderId = orderOfCartStep({ cart_id: input.cart_id })
  when("check-before-ordering", { existingOrderId }, ({ existingOrderId }) => !existingOrderId).then(() => {
    assertBuyerMayShopStep({ company_id: input.company_id, customer_id: input.customer_id })
    assertCartHasItemsStep({ cart_id: input.cart_id })
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })
  })

  const payment = invoicePaymentOfCartStep({ cart_id: input.cart_id })
  when("create-payment-collection", { existingOrderId, payment }, ({ existingOrderId, payment }) => {
    return !existingOrderId && !payment.payment_collection_id
  }).then(() => {
    createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  const paymentAfter = invoicePaymentOfCartStep({ cart_id: input.cart_id }).config({ name: "invoice-payment-of-cart-after" })
  when("create-invoice-session", { existingOrderId, paymentAfter }, ({ existingOrderId, paymentAfter }) => {
    return !existingOrderId && !paymentAfter.has_invoice_session
  }).then(() => {
    const session = transform({ paymentAfter, input }, ({ paymentAfter, input }) => ({
      payment_collection_id: paymentAfter.payment_collection_id!,
      provider_id: INVOICE_PAYMENT_PROVIDER,
      customer_id: input.customer_id,
    }))
    createPaymentSessionsWorkflow.runAsStep({ input: session })
  })

  const placedOrderId = when("complete-cart", { existingOrderId }, ({ existingOrderId }) => !existingOrderId).then(() => {
    const order = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
    return order.id
  })

  const orderId = transform(
    { existingOrderId, placedOrderId },
    ({ existingOrderId, placedOrderId }) => (existingOrderId ?? placedOrderId) as string
  )
  const record = transform({ input, orderId }, ({ input, orderId }) => ({
    order_id: orderId,
    cart_id: input.cart_id,
    company_id: input.company_id,
    customer_id: input.customer_id,
    your_reference: input.your_reference,
    terms_accepted_at: input.terms_accepted_at,
  }))
  const companyOrder = recordCompanyOrderStep(record)
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse(companyOrder)
})
