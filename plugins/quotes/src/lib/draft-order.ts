import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderChangeStatus } from "@medusajs/framework/utils"

type Resolver = Pick<MedusaContainer, "resolve">

export type DraftOrderState = {
  id: string
  /** Raised by every confirmed order change: what "Skicka offert" pins and accepting compares. */
  version: number
  is_draft_order: boolean
  status: string
  /** Staff have begun an edit in the draft-order UI and not yet confirmed or cancelled it. */
  edit_in_progress: boolean
}

/** The draft order's version and whether an edit of it is open; undefined when it is gone. */
export async function draftOrderStateOf(container: Resolver, orderId: string): Promise<DraftOrderState | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: changes }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "version", "is_draft_order", "status"], filters: { id: orderId } }),
    query.graph({
      entity: "order_change",
      fields: ["id"],
      filters: { order_id: orderId, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
    }),
  ])
  const order = orders[0] as { id: string; version: number; is_draft_order: boolean; status: string } | undefined
  if (!order) return undefined
  return { ...order, edit_in_progress: changes.length > 0 }
}
