import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockOwnerStep } from "@mymonitor/monitor-store/workflows/steps/lock-owner"
import { QUOTE_SENT } from "../lib/events"
import { quoteLockKey } from "./accept-quote"
import { markQuoteSentStep } from "./steps/mark-quote-sent"

/** "Skicka offert": the draft order's version pinned, the validity set, the customer mailed (event). */
export const sendQuoteWorkflow = createWorkflow("send-quote", (input: { quote_id: string; valid_until: Date }) => {
  const lockKey = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })
  const sent = markQuoteSentStep(input)
  emitEventStep({ eventName: QUOTE_SENT, data: transform({ sent }, ({ sent }) => ({ id: sent.id })) })
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse(sent)
})
