// The support contract's values (docs: /work/notes/support-contract.md "Ids and words"): the API's
// words, each shown through messages/*.json under `support.status`, `support.category`, … . Pure:
// the pages, the forms and the unit tests read the same lists.

export const TICKET_STATUSES = ["new", "in_progress", "waiting_for_customer", "resolved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const TICKET_CATEGORIES = [
  "finance",
  "sales",
  "purchasing",
  "production",
  "inventory",
  "installation",
  "integration",
  "other",
] as const
export type TicketCategory = (typeof TICKET_CATEGORIES)[number]

export const TICKET_PRIORITIES = ["low", "normal", "high", "critical"] as const
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

/** The list's sort orders, the backend's `order` values; the first is the default. */
export const TICKET_SORTS = ["lastActivityAt:desc", "lastActivityAt:asc", "number:desc", "number:asc", "createdAt:desc"] as const
export type TicketSort = (typeof TICKET_SORTS)[number]

/** The list's status filter: one status, or every one but closed. */
export const TICKET_STATUS_FILTERS = ["open", ...TICKET_STATUSES] as const

export const AGREEMENT_TYPES = ["license", "support", "cloud", "service"] as const
export const AGREEMENT_STATUSES = ["upcoming", "active", "expired", "terminated"] as const

/** A value from a list, or undefined (an unknown word from a URL or an answer is never passed on as if known). */
export function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The message key of an API word under its group ("status", "category", …), or "unknown". */
export function wordKey(values: readonly string[], value: string): string {
  return values.includes(value) ? value : "unknown"
}

/** The keys that sort words into message keys (next-intl keys cannot contain ":"). */
export const sortKey = (sort: TicketSort): string => sort.replace(":", "_")
