import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, emitEventStep, type CreateOrderWorkflowInput } from "@medusajs/medusa/core-flows"
import type { CreateOrderLineItemDTO } from "@medusajs/framework/types"
import { OrderStatus } from "@medusajs/framework/utils"
import { STORE_COUNTRY, STORE_CURRENCY } from "@mymonitor/monitor-store/lib/store-region"
import { assertBuyerMayShopStep } from "@mymonitor/monitor-store/workflows/steps/assert-buyer-may-shop"
import { QUOTE_REQUESTED } from "../lib/events"
import { createQuoteStep } from "./steps/create-quote"

export type RequestQuoteInput = {
  company_id: string
  customer_id: string
  customer_email: string
  author_name: string
  region_id: string
  sales_channel_id: string
  items: { variant_id: string; quantity: number }[]
  message: string
  your_reference: string | null
}

/**
 * "Begär offert": a draft order for the company (priced with the company's prices: monitor-store's
 * setPricingContext hook of createOrderWorkflow reads `additional_data.company_id`), the quote beside
 * it with the request's message, then an event whose subscriber sends the mails. A failure after the
 * draft order removes it again (createOrderWorkflow's own compensation).
 */
export const requestQuoteWorkflow = createWorkflow("request-quote", (input: RequestQuoteInput) => {
  assertBuyerMayShopStep({ company_id: input.company_id, customer_id: input.customer_id })
  const orderInput = transform({ input }, ({ input }): CreateOrderWorkflowInput & { is_draft_order: boolean } => ({
    region_id: input.region_id,
    sales_channel_id: input.sales_channel_id,
    customer_id: input.customer_id,
    email: input.customer_email,
    currency_code: STORE_CURRENCY,
    // Tax lines follow the address: Swedish companies, 25 % moms (a cart gets it from its one-country region).
    shipping_address: { country_code: STORE_COUNTRY },
    billing_address: { country_code: STORE_COUNTRY },
    status: OrderStatus.DRAFT,
    is_draft_order: true,
    no_notification: true,
    // No title or unit price: createOrderWorkflow prices lines without one (its type asks for both).
    items: input.items as unknown as CreateOrderLineItemDTO[],
    metadata: { quote_company_id: input.company_id },
    additional_data: { company_id: input.company_id },
  }))
  const draftOrder = createOrderWorkflow.runAsStep({ input: orderInput })
  const quoteInput = transform({ input, draftOrder }, ({ input, draftOrder }) => ({
    company_id: input.company_id,
    customer_id: input.customer_id,
    draft_order_id: draftOrder.id,
    your_reference: input.your_reference,
    message: { author_id: input.customer_id, author_name: input.author_name, text: input.message },
  }))
  const quote = createQuoteStep(quoteInput)
  emitEventStep({ eventName: QUOTE_REQUESTED, data: transform({ quote }, ({ quote }) => ({ id: quote.id })) })
  return new WorkflowResponse(quote)
})
