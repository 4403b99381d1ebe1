// The shapes of plugins/quotes/README.md ("Shapes"); amounts in kronor (not öre), excl. VAT unless named total.
export type QuoteStatus = "requested" | "sent" | "accepted" | "declined" | "expired" | "cancelled"

export type QuoteSummary = {
  id: string
  /** "Offert 1001" shows as number "1001". */
  number: string
  company: { id: string; name: string }
  status: QuoteStatus
  requested_at: string
  requested_by: { name: string; email: string | null }
  /** ISO date-time, the end of the day it names. */
  valid_until: string | null
  your_reference: string | null
  currency_code: string
  item_count: number
  subtotal: number
  tax_total: number
  total: number
  order_id: string | null
}

export type QuoteItem = {
  id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number
  subtotal: number
  tax_total: number
  total: number
}

export type QuoteMessage = { id: string; author_type: "customer" | "staff"; author_name: string; text: string; created_at: string }

export type QuoteView = QuoteSummary & {
  items: QuoteItem[]
  taxes: { rate: number; amount: number }[]
  messages: QuoteMessage[]
  sent_at: string | null
  decided_at: string | null
  decided_by: { name: string } | null
  can_accept: boolean
  changed_since_sent: boolean
}

/** GET /admin/quotes/:id adds the draft order and its versions (the current one and the one "Skicka offert" pinned). */
export type AdminQuoteView = QuoteView & { draft_order_id: string; version: number; sent_version: number | null }

export type QuoteList = { quotes: QuoteSummary[]; count: number }

export type CompanySummary = { id: string; name: string; customer_number: string }

/** JSON against this backend's admin API with the staff session cookie; errors carry the shared shape's English text. */
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    signal: init.signal,
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    const message = typeof data?.message === "object" ? data.message.en : data?.message
    throw new Error(message || `${response.status} ${response.statusText}`)
  }
  return data as T
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Every company for a filter: GET /admin/companies pages at most 100 at a time (its validator's maximum). */
export async function allCompanies(signal?: AbortSignal): Promise<CompanySummary[]> {
  const companies: CompanySummary[] = []
  for (let page = 0; page < 20; page++) {
    const body = await adminFetch<{ companies: CompanySummary[]; count: number }>(`/admin/companies?limit=100&offset=${page * 100}`, {
      signal,
    })
    companies.push(...body.companies)
    if (!body.companies.length || companies.length >= body.count) break
  }
  return companies
}

// Plain anchors under the admin's base path (see plugins/monitor-registration/src/admin/lib/api.ts for why no router).
const ADMIN_BASE = "/app"
export function adminHref(path: string): string {
  const base = window.location.pathname.startsWith(`${ADMIN_BASE}/`) ? ADMIN_BASE : ""
  return `${base}${path}`
}

/** `/app/quotes/:id` → the quote id. */
export function quoteIdFromLocation(): string {
  const match = /\/quotes\/([^/]+)\/?$/.exec(window.location.pathname)
  return match ? decodeURIComponent(match[1]) : ""
}

export const kronor = (amount: number | null, currency = "sek") =>
  amount === null ? "–" : new Intl.NumberFormat("sv-SE", { style: "currency", currency: currency.toUpperCase() }).format(amount)

export const formatDateTime = (value: string | null) =>
  value ? new Date(value).toLocaleString("sv-SE", { dateStyle: "short", timeStyle: "short" }) : "–"

/**
 * The day a `valid_until` names. It is the end of that day (in Stockholm or in UTC); read in UTC both
 * fall on the day named, where Stockholm time would turn a UTC end of day into the next day.
 */
export const formatValidUntil = (value: string | null) => (value ? new Date(value).toLocaleDateString("sv-SE", { timeZone: "UTC" }) : "–")

/** Today plus some days, as the date input's "YYYY-MM-DD" in the browser's own time zone. */
export function dateInputValue(daysAhead = 0): string {
  const date = new Date()
  date.setDate(date.getDate() + daysAhead)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** "1 250,50" (kronor, as typed) → kronor; NaN when it is not an amount with at most two decimals. */
export function kronorFromInput(value: string): number {
  const normalized = value.replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN
  return Math.round(Number(normalized) * 100) / 100
}

export const STATUS_LABELS: Record<QuoteStatus, { label: string; color: "green" | "orange" | "red" | "grey" | "blue" }> = {
  requested: { label: "Begärd", color: "orange" },
  sent: { label: "Skickad", color: "blue" },
  accepted: { label: "Accepterad", color: "green" },
  declined: { label: "Avböjd", color: "red" },
  expired: { label: "Utgången", color: "grey" },
  cancelled: { label: "Avbruten", color: "grey" },
}

/** Staff may still change, send and cancel a quote in these (an expired quote is a sent one whose date passed). */
export const OPEN_STATUSES: QuoteStatus[] = ["requested", "sent", "expired"]
