import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { QUOTE_MESSAGE_ADDED } from "../lib/events"
import { addQuoteMessageStep, type AddQuoteMessageInput } from "./steps/add-quote-message"

/** A message in the quote's thread, then an event: the other side is mailed. */
export const addQuoteMessageWorkflow = createWorkflow("add-quote-message", (input: AddQuoteMessageInput) => {
  const message = addQuoteMessageStep(input)
  emitEventStep({
    eventName: QUOTE_MESSAGE_ADDED,
    data: transform({ message }, ({ message }) => ({ id: message.quote_id, message_id: message.id })),
  })
  return new WorkflowResponse(message)
})
