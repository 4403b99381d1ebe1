import type { QuoteRow } from "../modules/quote"

export const QUOTE_STATUSES = ["requested", "sent", "accepted", "declined", "expired", "cancelled"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

type StatusFacts = Pick<QuoteRow, "status" | "valid_until">

/** What a quote is now: a sent quote past its validity is expired (computed on read, never stored). */
export function quoteStatus(quote: StatusFacts, now = new Date()): QuoteStatus {
  if (quote.status === "sent" && quote.valid_until && new Date(quote.valid_until).getTime() <= now.getTime()) return "expired"
  return quote.status
}

/** The stored statuses and validity window a status filter stands for, for the list queries. */
export function statusFilter(status: QuoteStatus | undefined, now = new Date()): Record<string, unknown> {
  if (!status) return {}
  if (status === "expired") return { status: "sent", valid_until: { $lte: now } }
  if (status === "sent") return { status: "sent", $or: [{ valid_until: null }, { valid_until: { $gt: now } }] }
  return { status }
}

/** The end of the named day in Swedish time: "giltig till 2027-01-31" holds through that day. */
export function endOfSwedishDay(date: string): Date {
  const [year, month, day] = date.split("-").map(Number)
  // 23:59:59 in Stockholm is 21:59:59 or 22:59:59 UTC; find the offset of that day.
  const noonUtc = new Date(Date.UTC(year, month - 1, day, 12))
  const stockholmNoon = new Date(noonUtc.toLocaleString("en-US", { timeZone: "Europe/Stockholm" }))
  const utcNoon = new Date(noonUtc.toLocaleString("en-US", { timeZone: "UTC" }))
  const offsetMs = stockholmNoon.getTime() - utcNoon.getTime()
  return new Date(Date.UTC(year, month - 1, day, 23, 59, 59) - offsetMs)
}
