/** Emitted when an order's invoice is issued and its PDF stored; the subscriber e-mails it to the invoice address. */
export const ORDER_INVOICE_ISSUED = "invoicing.order_invoice.issued"
