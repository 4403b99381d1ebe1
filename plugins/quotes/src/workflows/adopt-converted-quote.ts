import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockOwnerStep } from "@mymonitor/monitor-store/workflows/steps/lock-owner"
import { recordCompanyOrderStep } from "@mymonitor/monitor-store/workflows/steps/record-company-order"
import { quoteLockKey } from "./accept-quote"
import { invoicePaymentOfOrderWorkflow } from "./invoice-payment-of-order"
import { transitionQuoteStep } from "./steps/transition-quote"

export type AdoptConvertedQuoteInput = {
  quote_id: string
  order_id: string
  company_id: string
  customer_id: string
  your_reference: string | null
}

/** Who decided when staff converted the draft order in Medusa's own draft-order UI. */
export const DRAFT_ORDER_UI = { type: "staff" as const, id: "draft-order-ui", name: "Monitor (omvandlad i adminens utkastordrar)" }

/**
 * A quote whose draft order staff converted in the draft-order UI ("Convert to order") instead of the
 * customer accepting it: the order still gets its invoice payment, the quote reads accepted (by staff)
 * and the company's order is recorded, so the same pipeline delivers licenses and invoice.
 */
export const adoptConvertedQuoteWorkflow = createWorkflow("adopt-converted-quote", (input: AdoptConvertedQuoteInput) => {
  const lockKey = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })
  transitionQuoteStep({ quote_id: input.quote_id, from: ["requested", "sent"], to: "accepted", decider: DRAFT_ORDER_UI })
  invoicePaymentOfOrderWorkflow.runAsStep({ input: { order_id: input.order_id, customer_id: input.customer_id } })
  const record = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    cart_id: null,
    company_id: input.company_id,
    customer_id: input.customer_id,
    your_reference: input.your_reference,
    terms_accepted_at: new Date(),
  }))
  const companyOrder = recordCompanyOrderStep(record)
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse(companyOrder)
})
