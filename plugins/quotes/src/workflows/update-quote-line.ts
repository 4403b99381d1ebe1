import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginDraftOrderEditWorkflow,
  confirmDraftOrderEditWorkflow,
  releaseLockStep,
  updateDraftOrderItemWorkflow,
} from "@medusajs/medusa/core-flows"
import { lockOwnerStep } from "@mymonitor/monitor-store/workflows/steps/lock-owner"
import { quoteLockKey } from "./accept-quote"

export type UpdateQuoteLineInput = {
  quote_id: string
  draft_order_id: string
  item_id: string
  quantity: number
  /** SEK excluding VAT; undefined keeps the line's price. */
  unit_price?: number
  staff_user_id: string
}

/**
 * Staff's price or quantity change of one quote line, through the draft order's own edit (begin →
 * update the item → confirm), so the order's version rises and a sent quote must be sent again.
 */
export const updateQuoteLineWorkflow = createWorkflow("update-quote-line", (input: UpdateQuoteLineInput) => {
  const lockKey = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })
  beginDraftOrderEditWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.draft_order_id, created_by: input.staff_user_id })),
  })
  updateDraftOrderItemWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.draft_order_id,
      items: [{ id: input.item_id, quantity: input.quantity, ...(input.unit_price !== undefined ? { unit_price: input.unit_price } : {}) }],
    })),
  })
  confirmDraftOrderEditWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.draft_order_id, confirmed_by: input.staff_user_id })),
  })
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse({ quote_id: input.quote_id })
})
