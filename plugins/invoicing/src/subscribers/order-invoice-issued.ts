import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { emailInvoice } from "../lib/email-invoice"
import { ORDER_INVOICE_ISSUED } from "../lib/events"

/** An order's invoice to the company's invoice address, with the PDF: after the order's answer, not inside it. */
export default async function orderInvoiceIssuedHandler({ event, container }: SubscriberArgs<{ invoice_id: string }>) {
  await emailInvoice(container, event.data.invoice_id)
}

export const config: SubscriberConfig = { event: ORDER_INVOICE_ISSUED }
