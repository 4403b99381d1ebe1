import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"
import { draftOrderStateOf } from "../../lib/draft-order"
import { quoteNotSendable } from "../../lib/quote-errors"

/**
 * "Skicka offert": pins the draft order's current version and the validity. Refused while an edit of
 * the draft order is open (the customer would see prices staff have not settled) or after a decision.
 */
export const markQuoteSentStep = createStep("mark-quote-sent", async (input: { quote_id: string; valid_until: Date }, { container }) => {
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const quote = await quotes.retrieveQuote(input.quote_id)
  const state = await draftOrderStateOf(container, quote.draft_order_id)
  if (!state?.is_draft_order || state.edit_in_progress) throw quoteNotSendable()
  if (!(await quotes.markSent(quote.id, { valid_until: input.valid_until, sent_version: state.version }))) throw quoteNotSendable()
  return new StepResponse({ id: quote.id, sent_version: state.version })
})
