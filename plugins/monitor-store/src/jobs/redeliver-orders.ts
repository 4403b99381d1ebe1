import type { MedusaContainer } from "@medusajs/framework/types"
import { redeliverPendingOrders } from "../lib/delivery"

/**
 * Heals deliveries a crash or an error left pending (licenses, invoice, mails): every minute, the
 * orders still pending after a minute are delivered again; what exists already is not repeated.
 */
export default async function redeliverOrdersJob(container: MedusaContainer) {
  await redeliverPendingOrders(container)
}

export const config = { name: "monitor-store-redeliver-orders", schedule: "* * * * *" }
