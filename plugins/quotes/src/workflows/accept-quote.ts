import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, convertDraftOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { assertBuyerMayShopStep } from "@mymonitor/monitor-store/workflows/steps/assert-buyer-may-shop"
import { lockOwnerStep } from "@mymonitor/monitor-store/workflows/steps/lock-owner"
import { recordCompanyOrderStep } from "@mymonitor/monitor-store/workflows/steps/record-company-order"
import { QUOTE_DECIDED } from "../lib/events"
import type { Decider } from "../modules/quote"
import { invoicePaymentOfOrderWorkflow } from "./invoice-payment-of-order"
import { quoteAcceptanceStep } from "./steps/quote-acceptance"
import { transitionQuoteStep } from "./steps/transition-quote"

export const quoteLockKey = (quoteId: string) => `quotes:quote:${quoteId}`

export type AcceptQuoteInput = { quote_id: string; company_id: string; customer_id: string; decider: Decider }

/**
 * "Acceptera offert", once: under a lock per quote the quote must be sent, valid and unchanged since
 * it was sent, and the buyer's role must still grant "store"; then the draft order becomes an order,
 * gets its invoice payment, the quote is accepted and the company's order recorded. A quote accepted
 * already answers with its order. Delivery (licenses, invoice, mails) is monitor-store's pipeline.
 */
export const acceptQuoteWorkflow = createWorkflow("accept-quote", (input: AcceptQuoteInput) => {
  const lockKey = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })
  const acceptance = quoteAcceptanceStep({ quote_id: input.quote_id, company_id: input.company_id })
  when("accept-open-quote", { acceptance }, ({ acceptance }) => !acceptance.already_accepted).then(() => {
    assertBuyerMayShopStep({ company_id: input.company_id, customer_id: input.customer_id })
    transitionQuoteStep({ quote_id: input.quote_id, from: ["sent"], to: "accepted", decider: input.decider })
    convertDraftOrderWorkflow.runAsStep({ input: { id: acceptance.draft_order_id } })
    invoicePaymentOfOrderWorkflow.runAsStep({ input: { order_id: acceptance.draft_order_id, customer_id: acceptance.customer_id } })
    emitEventStep({ eventName: QUOTE_DECIDED, data: { id: input.quote_id } })
  })
  const record = transform({ input, acceptance }, ({ input, acceptance }) => ({
    order_id: acceptance.draft_order_id,
    cart_id: null,
    company_id: input.company_id,
    customer_id: input.customer_id,
    your_reference: acceptance.your_reference,
    terms_accepted_at: new Date(),
  }))
  const companyOrder = recordCompanyOrderStep(record)
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse(companyOrder)
})
