export type LicenseStatus = "active" | "expiring" | "expired" | "revoked"

export type AdminLicense = {
  id: string
  order_id: string
  order_number: string
  product_code: string
  product_title: string
  category: string
  kind: "named_user" | "company" | "site"
  seats: number
  term: "perpetual" | "yearly"
  valid_from: string
  valid_until: string | null
  license_key: string
  kid: string
  status: LicenseStatus
  revoked_at: string | null
  revoked_by: string | null
  revocation_reason: string | null
  created_at: string
}

export type CompanySummary = { id: string; name: string; customer_number: string }

export type LicenseTerms = {
  id: string
  variant_id: string
  product_code: string
  category: "user_license" | "addon_module" | "integration" | "training" | "service"
  kind: "named_user" | "company" | "site"
  seats: number
  term: "perpetual" | "yearly"
  delivers_license: boolean
}

type ErrorBody = { message?: string | { en?: string }; fields?: Record<string, { en: string }[]> }

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
    const message = typeof data.message === "object" ? data.message.en : data.message
    const fields = Object.entries(data.fields ?? {})
      .map(([field, messages]) => `${field}: ${messages.map((m) => m.en).join(" ")}`)
      .join("; ")
    throw new Error([message || `${response.status} ${response.statusText}`, fields].filter(Boolean).join(" — "))
  }
  return data as T
}

export const formatDate = (value: string | null) => (value ? new Date(value).toLocaleDateString("sv-SE") : "–")

/*
 * No react-router-dom (see monitor-registration's admin lib): links are plain anchors
 * under the admin's base path and the company id comes from the address.
 */
const ADMIN_BASE = "/app"

export function adminHref(path: string): string {
  const base = window.location.pathname.startsWith(`${ADMIN_BASE}/`) ? ADMIN_BASE : ""
  return `${base}${path}`
}

/** `/app/companies/:id/licenses` → the company id. */
export function companyIdFromLocation(): string {
  const match = /\/companies\/([^/]+)\/licenses\/?$/.exec(window.location.pathname)
  return match ? decodeURIComponent(match[1]) : ""
}

export const STATUS_BADGE: Record<LicenseStatus, { label: string; color: "green" | "orange" | "grey" | "red" }> = {
  active: { label: "Active", color: "green" },
  expiring: { label: "Expiring", color: "orange" },
  expired: { label: "Expired", color: "grey" },
  revoked: { label: "Revoked", color: "red" },
}

export const KIND_LABEL: Record<AdminLicense["kind"], string> = { named_user: "Named user", company: "Company", site: "Site" }
