import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockOwnerStep } from "@mymonitor/monitor-store/workflows/steps/lock-owner"
import { QUOTE_DECIDED } from "../lib/events"
import type { Decider } from "../modules/quote"
import { quoteLockKey } from "./accept-quote"
import { transitionQuoteStep, type TransitionQuoteInput } from "./steps/transition-quote"

/** "Avböj offert" (the customer, a sent quote) or "Avbryt offert" (staff, a requested or sent one). */
export const closeQuoteWorkflow = createWorkflow(
  "close-quote",
  (input: { quote_id: string; outcome: "declined" | "cancelled"; decider: Decider }) => {
    const lockKey = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
    const lockOwner = lockOwnerStep()
    acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })
    const transition = transform({ input }, ({ input }): TransitionQuoteInput => ({
      quote_id: input.quote_id,
      from: input.outcome === "declined" ? ["sent"] : ["requested", "sent"],
      to: input.outcome,
      decider: input.decider,
    }))
    const closed = transitionQuoteStep(transition)
    emitEventStep({ eventName: QUOTE_DECIDED, data: { id: input.quote_id } })
    releaseLockStep({ key: lockKey, ownerId: lockOwner })
    return new WorkflowResponse(closed)
  }
)
