// The quote statuses on their own (no backend call in this file), so client components can import them.
/** `expired` is never stored by the backend: a sent quote past its `valid_until` reads as expired. */
export const QUOTE_STATUSES = ["requested", "sent", "accepted", "declined", "expired", "cancelled"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
