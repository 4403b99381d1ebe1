import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type Decider, type QuoteModuleService, type StoredQuoteStatus } from "../../modules/quote"
import { quoteNotOpen } from "../../lib/quote-errors"

export type TransitionQuoteInput = { quote_id: string; from: StoredQuoteStatus[]; to: StoredQuoteStatus; decider: Decider }

/** The quote's decision, only from an open status; undone (back to the status it had) if a later step fails. */
export const transitionQuoteStep = createStep(
  "transition-quote",
  async (input: TransitionQuoteInput, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const before = await quotes.retrieveQuote(input.quote_id, { select: ["id", "status"] })
    if (!(await quotes.transition(input.quote_id, input.from, input.to, input.decider))) throw quoteNotOpen()
    return new StepResponse({ id: input.quote_id, status: input.to }, { id: input.quote_id, from: before.status, to: input.to })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).transition(undo.id, [undo.to], undo.from, null)
  }
)
