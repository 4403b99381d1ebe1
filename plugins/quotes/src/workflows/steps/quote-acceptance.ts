import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"
import { draftOrderStateOf } from "../../lib/draft-order"
import { quoteChanged, quoteExpired, quoteNotFound, quoteNotOpen } from "../../lib/quote-errors"
import { quoteStatus } from "../../lib/quote-status"

export type QuoteAcceptance = { already_accepted: boolean; draft_order_id: string; customer_id: string; your_reference: string | null }

/**
 * Under the quote's lock: a quote accepted already (a double click, a parallel request) answers with
 * its order; otherwise it must be sent, still valid and unchanged since it was sent.
 */
export const quoteAcceptanceStep = createStep(
  "quote-acceptance",
  async (input: { quote_id: string; company_id: string; now?: Date }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const [quote] = await quotes.listQuotes({ id: input.quote_id, company_id: input.company_id }, { take: 1 })
    if (!quote) throw quoteNotFound()
    const answer: QuoteAcceptance = {
      already_accepted: quote.status === "accepted",
      draft_order_id: quote.draft_order_id,
      customer_id: quote.customer_id,
      your_reference: quote.your_reference,
    }
    if (answer.already_accepted) return new StepResponse(answer)
    const status = quoteStatus(quote, input.now ?? new Date())
    if (status === "expired") throw quoteExpired()
    if (status !== "sent") throw quoteNotOpen()
    const state = await draftOrderStateOf(container, quote.draft_order_id)
    if (!state?.is_draft_order) throw quoteNotOpen()
    if (state.version !== quote.sent_version) throw quoteChanged()
    return new StepResponse(answer)
  }
)
