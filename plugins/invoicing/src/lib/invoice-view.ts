import type { MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceDTO, InvoiceStatus } from "../modules/invoicing"
import { invoiceStatus } from "../modules/invoicing"
import { invoicePdfFor } from "./invoice-files"
import { invoiceFileName } from "./invoice-pdf"

type Resolver = { resolve<T>(key: string): T }

/** An invoice in a list (amounts in öre): no lines, its status decided now. */
export function invoiceSummary(invoice: InvoiceDTO, now: Date = new Date()) {
  return {
    id: invoice.id,
    kind: invoice.kind,
    number: invoice.number,
    display_number: invoice.display_number,
    status: invoiceStatus(invoice, now) as InvoiceStatus,
    company_id: invoice.company_id,
    company_name: invoice.buyer.company_name,
    order_id: invoice.order_id,
    credited_invoice_id: invoice.credited_invoice_id,
    currency_code: invoice.currency_code,
    issue_date: invoice.issue_date,
    due_date: invoice.due_date,
    your_reference: invoice.your_reference,
    subtotal: invoice.subtotal,
    tax_total: invoice.tax_total,
    total: invoice.total,
    ocr: invoice.ocr,
    paid_at: invoice.paid_at,
    credited_at: invoice.credited_at,
    recurring: invoice.recurring,
  }
}

/** One invoice as the buyer sees it: lines, VAT per rate, buyer and seller, status; not who at the vendor acted. */
export function storeInvoiceView(invoice: InvoiceDTO, now: Date = new Date()) {
  return {
    ...invoiceSummary(invoice, now),
    buyer: invoice.buyer,
    seller: invoice.seller,
    tax_by_rate: invoice.tax_by_rate,
    lines: invoice.lines.map(({ description, quantity, unit_price, tax_rate, subtotal, tax }) => ({
      description,
      quantity,
      unit_price,
      tax_rate,
      subtotal,
      tax,
    })),
  }
}

/** One invoice as vendor staff see it: everything, with its status. */
export function adminInvoiceView(invoice: InvoiceDTO, now: Date = new Date()) {
  return { ...invoice, status: invoiceStatus(invoice, now) }
}

/**
 * Streams the invoice's PDF (the stored file, or rendered again when it is missing):
 * `application/pdf`, never cached, downloaded as `faktura-<number>.pdf`. Call it only
 * after the tenancy check.
 */
export async function sendInvoicePdf(container: Resolver, res: MedusaResponse, invoice: InvoiceDTO): Promise<void> {
  const pdf = await invoicePdfFor(container, invoice)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Disposition", `attachment; filename="${invoiceFileName(invoice)}"`)
  if (Buffer.isBuffer(pdf)) {
    res.setHeader("Content-Length", String(pdf.length))
    res.status(200).end(pdf)
    return
  }
  res.status(200)
  await new Promise<void>((resolve, reject) => {
    pdf.on("error", reject)
    res.on("finish", resolve)
    res.on("close", resolve)
    pdf.pipe(res)
  }).catch((error: unknown) => {
    // Headers are gone: all that is left is to end the response.
    res.destroy(error instanceof Error ? error : new Error(String(error)))
  })
}
