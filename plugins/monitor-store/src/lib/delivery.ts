import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../modules/company-commerce"
import { deliverCompanyOrderWorkflow } from "../workflows/deliver-company-order"

/**
 * Runs the delivery of an order and never throws: an error leaves the delivery pending, with the
 * reason kept on the company order for staff, and the redelivery job tries again. The order stands.
 */
export async function deliverCompanyOrder(container: MedusaContainer, orderId: string): Promise<{ delivered: boolean }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  try {
    const { errors } = await deliverCompanyOrderWorkflow(container).run({ input: { order_id: orderId }, throwOnError: false })
    if (!errors?.length) return { delivered: true }
    const reason = errors.map((e) => (e.error instanceof Error ? e.error.message : String(e.error?.message ?? e.error))).join("; ")
    logger.error(`monitor-store: delivery of order ${orderId} failed, stays pending: ${reason}`)
    await commerce.recordDeliveryAttempt(orderId, reason)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    logger.error(`monitor-store: delivery of order ${orderId} failed, stays pending: ${reason}`)
    await commerce.recordDeliveryAttempt(orderId, reason).catch(() => undefined)
  }
  return { delivered: false }
}

/** The redelivery job's work: every order whose delivery is still pending after the grace period. */
export async function redeliverPendingOrders(container: MedusaContainer, now = new Date()) {
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const pending = await commerce.pendingDeliveries(now)
  let delivered = 0
  for (const orderId of pending) if ((await deliverCompanyOrder(container, orderId)).delivered) delivered++
  return { pending: pending.length, delivered }
}
