/** Emitted when an order's licenses and invoice are delivered; the subscriber mails the buyer. */
export const COMPANY_ORDER_DELIVERED = "company_order.delivered"
