import { bearer, callBackend, type BackendResult } from "./backend"
import { isObject, list, listPage, num, optStr, str, type Raw } from "./read-json"
import { readOrder, type Order, type TaxLine } from "./store"

// Quotes, "Begär offert" and Mina sidor › Offerter (plugins/quotes's store routes, its README is the
// contract): the quotes of every company where the caller has Mina sidor, one quote with its lines and
// thread, the reply, "Acceptera offert" (→ the order of Monitor Store) and "Avböj offert". The PDF is a
// download (src/lib/data/downloads.ts). Amounts are SEK in kronor, excluding VAT unless the name says
// otherwise (`total` includes it), like the store's.

import { QUOTE_STATUSES, type QuoteStatus } from "./quote-statuses"

export { QUOTE_STATUSES, type QuoteStatus }

export interface QuoteSummary {
  id: string
  /** "Offert 1001" shows as number "1001". */
  number: string
  company: { id: string; name: string }
  status: QuoteStatus | string
  requested_at: string
  requested_by: { name: string; email: string | null }
  /** ISO date-time, the end of the day it names. */
  valid_until: string | null
  your_reference: string | null
  currency_code: string
  item_count: number
  subtotal: number
  tax_total: number
  /** Including VAT. */
  total: number
  /** The order, once the quote is accepted. */
  order_id: string | null
}

export interface QuoteItem {
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

export interface QuoteMessage {
  id: string
  author_type: "customer" | "staff"
  author_name: string
  text: string
  created_at: string
}

export interface Quote extends QuoteSummary {
  items: QuoteItem[]
  taxes: TaxLine[]
  messages: QuoteMessage[]
  sent_at: string | null
  decided_at: string | null
  decided_by: { name: string } | null
  /** Sent, not expired and unchanged since it was sent: "Acceptera offert" may be pressed (with "store"). */
  can_accept: boolean
  /** Staff changed it after sending: it must be sent again before it can be accepted. */
  changed_since_sent: boolean
}

export interface QuotePage {
  quotes: QuoteSummary[]
  count: number
  limit: number
  offset: number
}

/** What "Begär offert" asks for: the open cart's lines, or products picked in the catalog. */
export type QuoteRequestLines = { cart_id: string } | { items: { variant_id: string; quantity: number }[] }
export type QuoteRequest = QuoteRequestLines & { message: string; your_reference?: string }

// ---- reading the answers (tolerant: a missing field is a default, never a crash) ----

export function readQuoteSummary(value: Raw): QuoteSummary {
  const company = isObject(value.company) ? value.company : {}
  const requestedBy = isObject(value.requested_by) ? value.requested_by : {}
  return {
    id: str(value.id),
    number: str(value.number ?? value.display_id),
    company: { id: str(company.id ?? value.company_id), name: str(company.name ?? value.company_name) },
    status: str(value.status),
    requested_at: str(value.requested_at ?? value.created_at),
    requested_by: { name: str(requestedBy.name), email: optStr(requestedBy.email) },
    valid_until: optStr(value.valid_until),
    your_reference: optStr(value.your_reference),
    currency_code: str(value.currency_code, "sek"),
    item_count: num(value.item_count),
    subtotal: num(value.subtotal),
    tax_total: num(value.tax_total),
    total: num(value.total),
    order_id: optStr(value.order_id),
  }
}

export function readQuote(value: unknown): Quote {
  const quote = isObject(value) ? value : {}
  const decidedBy = isObject(quote.decided_by) ? quote.decided_by : null
  return {
    ...readQuoteSummary(quote),
    items: list(quote.items).map((item) => ({
      id: str(item.id),
      product_title: str(item.product_title ?? item.title),
      variant_title: optStr(item.variant_title),
      sku: optStr(item.sku),
      quantity: num(item.quantity, 1),
      unit_price: num(item.unit_price),
      subtotal: num(item.subtotal),
      tax_total: num(item.tax_total),
      total: num(item.total),
    })),
    taxes: list(quote.taxes).map((tax) => ({ rate: num(tax.rate), amount: num(tax.amount) })),
    messages: list(quote.messages).map((message) => ({
      id: str(message.id),
      author_type: message.author_type === "staff" ? "staff" : "customer",
      author_name: str(message.author_name),
      text: str(message.text),
      created_at: str(message.created_at),
    })),
    sent_at: optStr(quote.sent_at),
    decided_at: optStr(quote.decided_at),
    decided_by: decidedBy ? { name: str(decidedBy.name) } : null,
    can_accept: quote.can_accept === true,
    changed_since_sent: quote.changed_since_sent === true,
  }
}

// ---- the calls ----

const quotesPath = (companyId: string, rest = "") => `/store/companies/${encodeURIComponent(companyId)}/quotes${rest}`
const quotePath = (companyId: string, quoteId: string, rest = "") => quotesPath(companyId, `/${encodeURIComponent(quoteId)}${rest}`)

function mapped<T, U>(result: BackendResult<T>, read: (data: T) => U): BackendResult<U> {
  return result.ok ? { ok: true, status: result.status, data: read(result.data) } : result
}

export const QUOTE_PAGE_SIZE = 50

/** Every quote of the companies where the caller has Mina sidor (colleagues' too), newest first. */
export function listCompanyQuotes(
  token: string,
  options: { companyId?: string; status?: string; page?: number; limit?: number } = {}
): Promise<BackendResult<QuotePage>> {
  return listPage(token, "/store/company-quotes", "quotes", readQuoteSummary, options.limit ?? QUOTE_PAGE_SIZE, options)
}

export async function retrieveQuote(token: string, companyId: string, quoteId: string): Promise<BackendResult<Quote>> {
  const result = await callBackend<Raw>(quotePath(companyId, quoteId), { headers: bearer(token) })
  return mapped(result, (data) => readQuote(data.quote))
}

/** "Begär offert": the cart's lines or the chosen products, the message and "Er referens" → the new quote (201). */
export async function requestQuote(token: string, companyId: string, body: QuoteRequest): Promise<BackendResult<Quote>> {
  const result = await callBackend<Raw>(quotesPath(companyId), { method: "POST", body, headers: bearer(token) })
  return mapped(result, (data) => readQuote(data.quote))
}

/** "Svara": a message in the quote's thread (201 with the quote). */
export async function replyToQuote(token: string, companyId: string, quoteId: string, text: string): Promise<BackendResult<Quote>> {
  const result = await callBackend<Raw>(quotePath(companyId, quoteId, "/messages"), {
    method: "POST",
    body: { text },
    headers: bearer(token),
  })
  return mapped(result, (data) => readQuote(data.quote))
}

/**
 * "Acceptera offert": the quote becomes an order of Monitor Store (licenses and invoice included when
 * this answers, 201 `{ order }`). 409 `quote_changed`, `quote_expired`, `quote_not_open` with the backend's text.
 */
export async function acceptQuote(token: string, companyId: string, quoteId: string): Promise<BackendResult<Order>> {
  const result = await callBackend<Raw>(quotePath(companyId, quoteId, "/accept"), {
    method: "POST",
    body: { accept_terms: true },
    headers: bearer(token),
    // The whole order pipeline runs before the answer, like the checkout's.
    timeoutMs: 30_000,
  })
  return mapped(result, (data) => readOrder(data.order))
}

/** "Avböj offert". */
export async function declineQuote(token: string, companyId: string, quoteId: string): Promise<BackendResult<Quote>> {
  const result = await callBackend<Raw>(quotePath(companyId, quoteId, "/decline"), { method: "POST", body: {}, headers: bearer(token) })
  return mapped(result, (data) => readQuote(data.quote))
}
