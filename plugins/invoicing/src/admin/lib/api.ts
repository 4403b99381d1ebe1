export type InvoiceStatus = "unpaid" | "paid" | "overdue" | "credited"

/** An invoice in a list; amounts in öre. */
export type InvoiceSummary = {
  id: string
  kind: "invoice" | "credit_note"
  number: number
  display_number: string
  status: InvoiceStatus
  company_id: string
  company_name: string
  order_id: string | null
  credited_invoice_id: string | null
  currency_code: string
  issue_date: string
  due_date: string
  your_reference: string | null
  subtotal: number
  tax_total: number
  total: number
  ocr: string | null
  paid_at: string | null
  credited_at: string | null
  recurring: boolean
}

export type CompanySummary = { id: string; name: string; customer_number: string; organisation_number?: string }

export type BillingProfile = {
  name: string
  attention: string | null
  address_line_1: string
  address_line_2: string | null
  postal_code: string
  city: string
  country_code: string
  vat_number: string | null
  invoice_email: string
  payment_terms_days: number
}

type ErrorBody = { message?: string | { sv: string; en: string }; fields?: Record<string, { sv: string; en: string }[]> }

/** An error of the admin API, with the field errors of a 400. */
export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {}
  ) {
    super(message)
  }
}

/** JSON against this backend's admin API with the staff session cookie; errors carry the shared shape's English text. */
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    signal: init.signal,
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const data = (await response.json().catch(() => ({}))) as ErrorBody
  if (!response.ok) {
    const message = typeof data?.message === "object" ? data.message.en : data?.message
    const fields = Object.fromEntries(
      Object.entries(data.fields ?? {}).map(([field, messages]) => [field, messages.map((m) => m.en).join(" ")])
    )
    throw new AdminApiError(message || `${response.status} ${response.statusText}`, fields)
  }
  return data as T
}

/** Öre as Swedish kronor: "1 250,00 kr". */
export function formatOre(ore: number, currency = "sek"): string {
  return new Intl.NumberFormat("sv-SE", { style: "currency", currency: currency.toUpperCase() }).format(ore / 100)
}

/** "1 250,50" (kronor, as typed) → öre; NaN when it is not an amount with at most two decimals. */
export function oreFromInput(value: string): number {
  const normalized = value.replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN
  return Math.round(Number(normalized) * 100)
}

export const STATUS_LABELS: Record<InvoiceStatus, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  unpaid: { label: "Unpaid", color: "orange" },
  paid: { label: "Paid", color: "green" },
  overdue: { label: "Overdue", color: "red" },
  credited: { label: "Credited", color: "grey" },
}

/*
 * No react-router-dom here (see monitor-registration's admin): links are plain anchors
 * under the admin's base path, and the company id comes from the address.
 */
const ADMIN_BASE = "/app"

export function adminHref(path: string): string {
  const base = window.location.pathname.startsWith(`${ADMIN_BASE}/`) ? ADMIN_BASE : ""
  return `${base}${path}`
}

/** `/app/companies/:id/billing` → the company id. */
export function companyIdFromLocation(): string {
  const match = /\/companies\/([^/]+)\/billing\/?$/.exec(window.location.pathname)
  return match ? decodeURIComponent(match[1]) : ""
}
