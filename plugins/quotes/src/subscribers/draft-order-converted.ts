import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { deliverCompanyOrder } from "@mymonitor/monitor-store/lib/delivery"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "@mymonitor/monitor-store/modules/company-commerce"
import { storeQuotePdf } from "../lib/quote-pdf"
import { QUOTE_MODULE, type QuoteModuleService } from "../modules/quote"
import { adoptConvertedQuoteWorkflow } from "../workflows/adopt-converted-quote"

/**
 * A placed order that is a quote's draft order: when staff pressed the draft-order UI's own
 * "Convert to order", nobody accepted the quote — adopt it (invoice payment, company order) and run
 * the delivery, so licenses and the invoice come as after a customer's acceptance. An order the
 * customer accepted has its company order already and is left alone.
 */
export default async function draftOrderConvertedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const quote = await container.resolve<QuoteModuleService>(QUOTE_MODULE).quoteOfDraftOrder(event.data.id)
  if (!quote || quote.status === "accepted") return
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  if (await commerce.companyOrderOf(event.data.id)) return
  await adoptConvertedQuoteWorkflow(container).run({
    input: {
      quote_id: quote.id,
      order_id: quote.draft_order_id,
      company_id: quote.company_id,
      customer_id: quote.customer_id,
      your_reference: quote.your_reference,
    },
  })
  await deliverCompanyOrder(container, quote.draft_order_id)
  await storeQuotePdf(container, quote.id)
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
