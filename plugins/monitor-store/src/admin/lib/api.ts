export type CompanyPriceRow = {
  variant_id: string
  sku: string | null
  product_title: string
  list_amount: number | null
  amount: number | null
}
export type CompanyPrices = {
  company: { id: string; name: string }
  price_list: { id: string; title: string; status: string } | null
  prices: CompanyPriceRow[]
}
export type CompanyListItem = { id: string; name: string; customer_number: string }

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

// Plain anchors under the admin's base path (see plugins/monitor-registration/src/admin/lib/api.ts for why no router).
const ADMIN_BASE = "/app"
export function adminHref(path: string): string {
  const base = window.location.pathname.startsWith(`${ADMIN_BASE}/`) ? ADMIN_BASE : ""
  return `${base}${path}`
}

/** `/app/companies/:id/prices` → the company id. */
export function companyIdFromLocation(): string {
  const match = /\/companies\/([^/]+)\/prices\/?$/.exec(window.location.pathname)
  return match ? decodeURIComponent(match[1]) : ""
}

export const kronor = (amount: number | null) =>
  amount === null ? "–" : new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" }).format(amount)

/** Every company, a page of 100 at a time (the admin's companies route answers at most 100 per call). */
export async function allCompanies(signal?: AbortSignal): Promise<CompanyListItem[]> {
  const companies: CompanyListItem[] = []
  for (let page = 0; page < 50; page++) {
    const body = await adminFetch<{ companies: CompanyListItem[]; count: number }>(`/admin/companies?limit=100&offset=${page * 100}`, {
      signal,
    })
    companies.push(...body.companies)
    if (!body.companies.length || companies.length >= body.count) break
  }
  return companies
}
