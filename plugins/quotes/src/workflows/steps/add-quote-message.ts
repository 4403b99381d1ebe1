import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../modules/quote"

export type AddQuoteMessageInput = {
  quote_id: string
  author_type: "customer" | "staff"
  author_id: string
  author_name: string
  text: string
}

/** One message in the quote's thread; removed again if the workflow fails after it. */
export const addQuoteMessageStep = createStep(
  "add-quote-message",
  async (input: AddQuoteMessageInput, { container }) => {
    const message = await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuoteMessages(input)
    return new StepResponse(message, message.id)
  },
  async (messageId, { container }) => {
    if (messageId) await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteMessages(messageId)
  }
)
