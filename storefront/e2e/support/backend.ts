import { MEDUSA_ADMIN } from "../demo"
import { demoTotp } from "./scripts"

// Direct calls to the Medusa backend: vendor staff's admin API (what they do in the Medusa admin)
// and the store API with a portal user's own session, to show what the API itself allows.
export const MEDUSA_URL = (process.env.E2E_MEDUSA_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

async function json<T>(response: Response, what: string): Promise<T> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

/** The admin's view of a quote (plugins/quotes/README.md: the QuoteView plus the draft order's versions). */
export interface AdminQuote {
  id: string
  number: string
  status: string
  draft_order_id: string
  version: number | null
  sent_version: number | null
  items: { id: string; product_title: string; quantity: number; unit_price: number }[]
}

export class VendorStaff {
  private constructor(private readonly token: string) {}

  static async logIn(): Promise<VendorStaff> {
    const response = await fetch(`${MEDUSA_URL}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: MEDUSA_ADMIN.email, password: MEDUSA_ADMIN.password }),
    })
    const login = await json<{ token: string; mfa_challenge?: { id: string } }>(response, "vendor staff login")
    if (!login.mfa_challenge) throw new Error("vendor staff login answered without the mandatory second factor")
    // Staff pass their authenticator-app code too (the seed gives the demo staff user one).
    const verified = await fetch(`${MEDUSA_URL}/auth/mfa/challenges/${login.mfa_challenge.id}/verify`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${login.token}` },
      body: JSON.stringify({ method: "totp", code: await demoTotp(MEDUSA_ADMIN.email) }),
    })
    const { token } = await json<{ token: string }>(verified, "vendor staff second factor")
    return new VendorStaff(token)
  }

  private get(path: string) {
    return fetch(`${MEDUSA_URL}${path}`, { headers: { authorization: `Bearer ${this.token}` } })
  }

  async companyId(name: string): Promise<string> {
    const { companies } = await json<{ companies: { id: string; name: string }[] }>(
      await this.get(`/admin/companies?q=${encodeURIComponent(name)}&limit=20`),
      "companies"
    )
    const company = companies.find((candidate) => candidate.name === name)
    if (!company) throw new Error(`no company ${name}`)
    return company.id
  }

  /** A new ERP installation for a company: its id and the secret shown once. */
  async createErpInstallation(companyName: string, label: string): Promise<{ id: string; secret: string }> {
    const id = await this.companyId(companyName)
    const response = await fetch(`${MEDUSA_URL}/admin/companies/${id}/erp-installations`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: JSON.stringify({ label }),
    })
    const { erp_installation, secret } = await json<{ erp_installation: { id: string }; secret: string }>(response, "new ERP installation")
    return { id: erp_installation.id, secret }
  }

  private post(path: string, body: unknown) {
    return fetch(`${MEDUSA_URL}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  }

  /** A quote as staff see it (plugins/quotes: `GET /admin/quotes/:id`): its lines, status and versions. */
  async quote(quoteId: string): Promise<AdminQuote> {
    const { quote } = await json<{ quote: AdminQuote }>(await this.get(`/admin/quotes/${encodeURIComponent(quoteId)}`), "quote")
    return quote
  }

  /** A quote line's unit price (SEK excl. VAT) and/or quantity, through a draft-order edit. */
  async changeQuoteItem(quoteId: string, itemId: string, change: { unit_price?: number; quantity?: number }): Promise<AdminQuote> {
    const response = await this.post(`/admin/quotes/${encodeURIComponent(quoteId)}/items/${encodeURIComponent(itemId)}`, change)
    return (await json<{ quote: AdminQuote }>(response, "quote line change")).quote
  }

  /** "Skicka offert", valid until the end of the day named ("YYYY-MM-DD"). */
  async sendQuote(quoteId: string, validUntil: string): Promise<AdminQuote> {
    const response = await this.post(`/admin/quotes/${encodeURIComponent(quoteId)}/send`, { valid_until: validUntil })
    return (await json<{ quote: AdminQuote }>(response, "send quote")).quote
  }

  /** A staff message in the quote's thread (the customer is e-mailed). */
  async writeQuoteMessage(quoteId: string, text: string): Promise<AdminQuote> {
    const response = await this.post(`/admin/quotes/${encodeURIComponent(quoteId)}/messages`, { text })
    return (await json<{ quote: AdminQuote }>(response, "quote message")).quote
  }

  async publishableKey(): Promise<string> {
    const { api_keys } = await json<{ api_keys: { token: string; revoked_at: string | null }[] }>(
      await this.get("/admin/api-keys?type=publishable&limit=10"),
      "api keys"
    )
    const key = api_keys.find((candidate) => !candidate.revoked_at)
    if (!key) throw new Error("no publishable key")
    return key.token
  }
}

/** A store route called with a portal user's own session token: only the status matters here. */
export async function storeStatus(sessionToken: string, publishableKey: string, path: string): Promise<number> {
  const response = await fetch(`${MEDUSA_URL}${path}`, {
    headers: { authorization: `Bearer ${sessionToken}`, "x-publishable-api-key": publishableKey },
  })
  return response.status
}
