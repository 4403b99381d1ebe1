export type ErpInstallation = {
  id: string
  company_id: string
  label: string | null
  status: "active" | "disabled"
  secret_key_id: string
  created_at: string
  rotated_at: string | null
  disabled_at: string | null
}

export type CompanySummary = { id: string; name: string; customer_number: string }

/** What the ERP has reported about a company. */
export type ErpFacts = { erp_version: string | null; erp_version_reported_at: string | null; portal_activated_at: string | null }

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

export const formatDate = (value: string | null) => (value ? new Date(value).toLocaleString("sv-SE") : "–")

/*
 * No react-router-dom here: in this workspace the root node_modules holds v6 (Strapi's),
 * while the Medusa dashboard bundles its own v7, so an extension importing it gets a
 * router without the dashboard's context and crashes. Links are plain anchors under
 * the admin's base path and the company id comes from the address.
 */
const ADMIN_BASE = "/app"

export function adminHref(path: string): string {
  const base = window.location.pathname.startsWith(`${ADMIN_BASE}/`) ? ADMIN_BASE : ""
  return `${base}${path}`
}

/** `/app/companies/:id/erp` → the company id. */
export function companyIdFromLocation(): string {
  const match = /\/companies\/([^/]+)\/erp\/?$/.exec(window.location.pathname)
  return match ? decodeURIComponent(match[1]) : ""
}
