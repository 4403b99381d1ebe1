import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { issueOrderInvoiceWorkflow } from "@mymonitor/invoicing/workflows/issue-order-invoice"
import { COMPANY_ORDER_DELIVERED } from "../lib/events"
import { invoiceInputOf, licenseInputOf } from "../lib/delivery-inputs"
import { deliverLicensesStep } from "./steps/deliver-licenses"
import { loadDeliveryFactsStep } from "./steps/load-delivery-facts"
import { recordDeliveryStep } from "./steps/record-delivery"
import { lockOwnerStep } from "./steps/lock-owner"

/**
 * The post-order pipeline: the licenses, the invoice (issued, stored as PDF, e-mailed to the invoice
 * address), the delivery recorded, then an event whose subscriber mails the buyer. Every part is
 * idempotent (licenses per order line, one invoice per order), so running it again — the redelivery
 * job after a crash or an error — completes what is missing and repeats nothing. One delivery per
 * order at a time (lock), also across processes when the locking provider is shared.
 */
export const deliverCompanyOrderWorkflow = createWorkflow("deliver-company-order", (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `monitor-store:delivery:${input.order_id}`)
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 30, ttl: 120 })
  const facts = loadDeliveryFactsStep({ order_id: input.order_id })
  deliverLicensesStep(transform({ facts }, ({ facts }) => licenseInputOf(facts)))
  issueOrderInvoiceWorkflow.runAsStep({ input: transform({ facts }, ({ facts }) => invoiceInputOf(facts)) })
  recordDeliveryStep({ order_id: input.order_id })
  emitEventStep({ eventName: COMPANY_ORDER_DELIVERED, data: { order_id: input.order_id } })
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse({ order_id: input.order_id })
})
