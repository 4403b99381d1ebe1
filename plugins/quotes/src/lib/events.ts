/** A customer asked for a quote: the requester, the company's administrators and vendor staff are mailed. */
export const QUOTE_REQUESTED = "quote.requested"
/** Staff pressed "Skicka offert": the requester and the company's administrators are mailed. */
export const QUOTE_SENT = "quote.sent"
/** A message in a quote's thread: staff's reach the customer side, the customer's reach vendor staff. */
export const QUOTE_MESSAGE_ADDED = "quote.message_added"
/** The customer accepted or declined: vendor staff are mailed. */
export const QUOTE_DECIDED = "quote.decided"
