/**
 * The invoicing module's public types. Every amount is integer öre (1 SEK = 100 öre);
 * quantities are whole numbers; tax rates are percent (25, 12, 6, 0); dates are
 * Swedish calendar dates (YYYY-MM-DD).
 */

export type InvoiceKind = "invoice" | "credit_note"
export type InvoiceSeriesName = InvoiceKind
export type InvoiceStatus = "unpaid" | "paid" | "overdue" | "credited"
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ["unpaid", "paid", "overdue", "credited"]

export type BillingAddress = {
  name: string
  /** "Att". */
  attention: string | null
  address_line_1: string
  address_line_2: string | null
  postal_code: string
  city: string
  country_code: string
}

/** The buyer as the invoice shows it, copied when it is issued: later changes to the company do not alter it. */
export type BuyerSnapshot = {
  company_name: string
  organisation_number: string | null
  /** Monitor's customer number. */
  customer_number: string | null
  vat_number: string | null
  address: BillingAddress | null
  invoice_email: string | null
}

/** The vendor's facts on every invoice (plugin options `seller`, medusa-config.ts). */
export type SellerFacts = {
  name: string
  organisation_number: string
  vat_number: string
  bankgiro: string
  /** The postal address, one line per entry. */
  address: string[]
  email: string
  /** "Godkänd för F-skatt". */
  f_skatt: boolean
}

export type InvoicingModuleOptions = { seller?: Partial<SellerFacts> & { address?: string[] | string } }

export type InvoiceLineInput = {
  description: string
  /** Whole units, at least 1. */
  quantity: number
  /** Öre, excluding VAT. */
  unit_price: number
  /** Percent, e.g. 25. */
  tax_rate: number
}

export type IssueInvoiceInput = {
  company_id: string
  order_id?: string | null
  currency_code: string
  issued_at: Date
  your_reference?: string | null
  buyer: BuyerSnapshot
  payment_terms_days: number
  recurring?: boolean
  lines: InvoiceLineInput[]
}

export type InvoiceLineDTO = InvoiceLineInput & { id: string; position: number; subtotal: number; tax: number }

export type RateTotal = { tax_rate: number; subtotal: number; tax: number }

export type InvoiceDTO = {
  id: string
  series: InvoiceSeriesName
  number: number
  /** The number as printed: the series prefix and the number ("1042", "K17"). */
  display_number: string
  kind: InvoiceKind
  credited_invoice_id: string | null
  order_id: string | null
  company_id: string
  currency_code: string
  issue_date: string
  due_date: string
  your_reference: string | null
  buyer: BuyerSnapshot
  seller: SellerFacts
  subtotal: number
  tax_total: number
  total: number
  /** VAT per rate, as the invoice shows it. */
  tax_by_rate: RateTotal[]
  ocr: string | null
  paid_at: Date | null
  paid_by: string | null
  credited_at: Date | null
  credit_reason: string | null
  credited_by: string | null
  pdf_file_id: string | null
  recurring: boolean
  created_at: Date
  lines: InvoiceLineDTO[]
}

export type BillingProfileInput = {
  name: string
  attention?: string | null
  address_line_1: string
  address_line_2?: string | null
  postal_code: string
  city: string
  country_code?: string
  vat_number?: string | null
  invoice_email: string
  payment_terms_days?: number
}

export type BillingProfileDTO = Required<BillingProfileInput> & { id: string; company_id: string; created_at: Date; updated_at: Date }

export type InvoiceListFilters = {
  company_id?: string | string[]
  kind?: InvoiceKind
  status?: InvoiceStatus
  order_id?: string
}
