import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"

export type CreateQuoteInput = {
  company_id: string
  customer_id: string
  draft_order_id: string
  your_reference: string | null
  message: { author_id: string; author_name: string; text: string }
}

/** The quote row beside its draft order, with the request's message as the thread's first. */
export const createQuoteStep = createStep(
  "create-quote",
  async (input: CreateQuoteInput, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quote = await quotes.createQuotes({
      company_id: input.company_id,
      customer_id: input.customer_id,
      draft_order_id: input.draft_order_id,
      your_reference: input.your_reference,
    })
    await quotes.createQuoteMessages({ quote_id: quote.id, author_type: "customer", ...input.message })
    return new StepResponse(quote, quote.id)
  },
  async (quoteId, { container }) => {
    if (quoteId) await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuotes(quoteId)
  }
)
