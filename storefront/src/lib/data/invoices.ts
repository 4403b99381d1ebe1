import { bearer, callBackend, type BackendResult } from "./backend"
import { isObject, listPage, num, optStr, str, type Raw } from "./read-json"

// Mina sidor › Fakturor (plugins/invoicing's store routes): the invoices of every company where the
// caller has Mina sidor. The PDF is a download (src/lib/data/downloads.ts).

export const INVOICE_STATUSES = ["unpaid", "paid", "overdue", "credited"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

export interface InvoiceSummary {
  id: string
  number: string
  kind: "invoice" | "credit_note" | string
  company: { id: string; name: string }
  order_id: string | null
  order_number: string | null
  issue_date: string
  due_date: string | null
  your_reference: string | null
  ocr: string | null
  subtotal: number
  tax_total: number
  /** Including VAT: what is paid. In kronor, like every amount here. */
  total: number
  currency_code: string
  status: InvoiceStatus | string
}

export interface InvoicePage {
  invoices: InvoiceSummary[]
  count: number
  limit: number
  offset: number
}

/**
 * The invoicing plugin answers its amounts in öre (SEK × 100, plugins/invoicing/src/lib/invoice-view.ts),
 * unlike the store's routes (kronor): the portal shows kronor everywhere.
 */
const AMOUNT_DIVISOR = 100
const kronor = (value: unknown) => num(value) / AMOUNT_DIVISOR

export function readInvoice(value: Raw): InvoiceSummary {
  const company = isObject(value.company) ? value.company : {}
  return {
    id: str(value.id),
    number: str(value.display_number ?? value.number),
    kind: str(value.kind, "invoice"),
    company: { id: str(company.id ?? value.company_id), name: str(company.name ?? value.company_name) },
    order_id: optStr(value.order_id),
    order_number: optStr(value.order_number),
    issue_date: str(value.issue_date ?? value.created_at),
    due_date: optStr(value.due_date),
    your_reference: optStr(value.your_reference),
    ocr: optStr(value.ocr),
    subtotal: kronor(value.subtotal),
    tax_total: kronor(value.tax_total),
    total: kronor(value.total),
    currency_code: str(value.currency_code, "sek"),
    status: str(value.status),
  }
}

export const INVOICE_PAGE_SIZE = 100

export function listInvoices(
  token: string,
  options: { companyId?: string; status?: string; page?: number } = {}
): Promise<BackendResult<InvoicePage>> {
  return listPage(token, "/store/invoices", "invoices", readInvoice, INVOICE_PAGE_SIZE, options)
}

export async function retrieveInvoice(token: string, companyId: string, invoiceId: string): Promise<BackendResult<InvoiceSummary>> {
  const result = await callBackend<Raw>(`/store/companies/${encodeURIComponent(companyId)}/invoices/${encodeURIComponent(invoiceId)}`, {
    headers: bearer(token),
  })
  if (!result.ok) return result
  return { ok: true, status: result.status, data: readInvoice(isObject(result.data.invoice) ? result.data.invoice : {}) }
}
