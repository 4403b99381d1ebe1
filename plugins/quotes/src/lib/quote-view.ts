import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { companySummariesOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { orderFactsOf, type OrderFacts } from "@mymonitor/monitor-store/lib/order-facts"
import type { TaxByRate } from "@mymonitor/monitor-store/lib/money"
import { QUOTE_MODULE, type QuoteModuleService, type QuoteRow } from "../modules/quote"
import { draftOrderStateOf } from "./draft-order"
import { personName } from "./people"
import { quoteStatus, type QuoteStatus } from "./quote-status"

type Resolver = Pick<MedusaContainer, "resolve">

export type QuoteSummary = {
  id: string
  number: string
  company: { id: string; name: string }
  status: QuoteStatus
  requested_at: Date
  requested_by: { name: string; email: string | null }
  valid_until: Date | null
  your_reference: string | null
  currency_code: string
  item_count: number
  subtotal: number
  tax_total: number
  total: number
  order_id: string | null
}

export type QuoteView = QuoteSummary & {
  items: {
    id: string
    product_title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: number
    subtotal: number
    tax_total: number
    total: number
  }[]
  taxes: TaxByRate[]
  messages: { id: string; author_type: "customer" | "staff"; author_name: string; text: string; created_at: Date }[]
  sent_at: Date | null
  decided_at: Date | null
  decided_by: { name: string } | null
  can_accept: boolean
  changed_since_sent: boolean
}

export type AdminQuoteView = QuoteView & { draft_order_id: string; version: number | null; sent_version: number | null }

async function requestersOf(container: Resolver, ids: string[]) {
  const unique = [...new Set(ids)]
  const customers = unique.length
    ? await container
        .resolve<ICustomerModuleService>(Modules.CUSTOMER)
        .listCustomers({ id: unique }, { select: ["id", "first_name", "last_name", "email"], take: unique.length })
    : []
  return new Map(customers.map((c) => [c.id, { name: personName(c), email: c.email ?? null }]))
}

function summaryOf(
  quote: QuoteRow,
  order: OrderFacts | undefined,
  company: { id: string; name: string },
  requester: { name: string; email: string | null } | undefined,
  now: Date
): QuoteSummary {
  return {
    id: quote.id,
    number: String(quote.display_id),
    company,
    status: quoteStatus(quote, now),
    requested_at: quote.created_at,
    requested_by: requester ?? { name: "", email: null },
    valid_until: quote.valid_until,
    your_reference: quote.your_reference,
    currency_code: order?.currency_code ?? "sek",
    item_count: order?.items.reduce((sum, item) => sum + item.quantity, 0) ?? 0,
    subtotal: order?.subtotal ?? 0,
    tax_total: order?.tax_total ?? 0,
    total: order?.total ?? 0,
    order_id: quote.status === "accepted" ? quote.draft_order_id : null,
  }
}

/** The facts a quote's summary is made of, one read each of orders, companies and requesters for all of them. */
async function summaryFactsOf(container: Resolver, quotes: QuoteRow[]) {
  const [orders, companies, requesters] = await Promise.all([
    orderFactsOf(
      container as MedusaContainer,
      quotes.map((q) => q.draft_order_id)
    ),
    companySummariesOf(
      container,
      quotes.map((q) => q.company_id)
    ),
    requestersOf(
      container,
      quotes.map((q) => q.customer_id)
    ),
  ])
  const summarise = (quote: QuoteRow, now: Date) => {
    const company = companies.get(quote.company_id)
    return summaryOf(
      quote,
      orders.get(quote.draft_order_id),
      company ? { id: company.id, name: company.name } : { id: quote.company_id, name: "" },
      requesters.get(quote.customer_id),
      now
    )
  }
  return { orders, summarise }
}

/** Quotes as the lists show them, in the order given. */
export async function quoteSummariesOf(container: Resolver, quotes: QuoteRow[], now = new Date()): Promise<QuoteSummary[]> {
  const { summarise } = await summaryFactsOf(container, quotes)
  return quotes.map((quote) => summarise(quote, now))
}

/** One quote with its lines, VAT, thread and whether it may be accepted now; its draft order is read once. */
export async function quoteViewOf(container: Resolver, quote: QuoteRow, now = new Date()): Promise<AdminQuoteView> {
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const [{ orders, summarise }, messages, state] = await Promise.all([
    summaryFactsOf(container, [quote]),
    quotes.threadOf(quote.id),
    draftOrderStateOf(container, quote.draft_order_id),
  ])
  const summary = summarise(quote, now)
  const order = orders.get(quote.draft_order_id)
  const changedSinceSent = summary.status === "sent" && quote.sent_version !== null && state?.version !== quote.sent_version
  return {
    ...summary,
    items: (order?.items ?? []).map(({ id, product_title, variant_title, sku, quantity, unit_price, subtotal, tax_total, total }) => ({
      id,
      product_title,
      variant_title,
      sku,
      quantity,
      unit_price,
      subtotal,
      tax_total,
      total,
    })),
    taxes: order?.taxes ?? [],
    messages: messages.map(({ id, author_type, author_name, text, created_at }) => ({ id, author_type, author_name, text, created_at })),
    sent_at: quote.sent_at,
    decided_at: quote.decided_at,
    decided_by: quote.decided_by_name ? { name: quote.decided_by_name } : null,
    can_accept: summary.status === "sent" && !changedSinceSent && !!state?.is_draft_order,
    changed_since_sent: changedSinceSent,
    draft_order_id: quote.draft_order_id,
    version: state?.version ?? null,
    sent_version: quote.sent_version,
  }
}

/** The portal's view: the admin-only facts of the draft order left out. */
export function customerViewOf(view: AdminQuoteView): QuoteView {
  const { draft_order_id: _draftOrderId, version: _version, sent_version: _sentVersion, ...customer } = view
  return customer
}
