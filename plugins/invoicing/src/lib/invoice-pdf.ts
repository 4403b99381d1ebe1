import type { InvoiceDTO } from "../modules/invoicing/types"
import { formatSek } from "./money"
import { linesTable, sellerAndTitle, sellerFooter, startDocument, totals } from "./pdf-layout"

/**
 * What the PDF shows beyond the invoice's own rows: the number of the invoice a credit note
 * credits, and the order's number as the buyer knows it ("Ordernummer", Medusa's display_id).
 */
export type InvoicePdfContext = { credited_invoice_number?: string | null; order_number?: string | null }

/**
 * The invoice as a Swedish PDF (A4, pdfkit's Helvetica, which covers å ä ö and à):
 * the seller, "Faktura" or "Kreditfaktura" with number and dates, "Er referens", the
 * buyer with organisation and VAT numbers, the lines (description, quantity, à-pris,
 * amount), the totals with "Moms 25 %" per rate and "Att betala", bankgiro and OCR,
 * and the seller's organisation and VAT numbers and "Godkänd för F-skatt" in the
 * footer. Rendered from the invoice rows alone, so it can be rendered again at any time.
 */
export async function renderInvoicePdf(invoice: InvoiceDTO, context: InvoicePdfContext = {}): Promise<Buffer> {
  const credit = invoice.kind === "credit_note"
  const title = credit ? "Kreditfaktura" : "Faktura"
  const page = startDocument({ title: `${title} ${invoice.display_number}`, subject: title, author: invoice.seller.name })
  const { doc, left } = page
  const { seller, buyer } = invoice
  const currency = invoice.currency_code.toUpperCase()

  // ---- header: the seller, and the document's facts ----
  const fact = sellerAndTitle(page, seller, title)
  fact(credit ? "Kreditfakturanummer" : "Fakturanummer", invoice.display_number)
  fact(credit ? "Datum" : "Fakturadatum", invoice.issue_date)
  if (!credit) fact("Förfallodatum", invoice.due_date)
  if (credit) fact("Krediterar faktura", context.credited_invoice_number)
  fact("Kundnummer", buyer.customer_number)
  fact("Er referens", invoice.your_reference)
  if (invoice.order_id) fact("Ordernummer", context.order_number ?? invoice.order_id)

  // ---- the buyer ----
  const buyerTop = Math.max(doc.y, 150) + 10
  doc.font("Helvetica-Bold").fontSize(10).text("Köpare", left, buyerTop)
  doc.font("Helvetica").fontSize(10)
  const address = buyer.address
  doc.text(address?.name || buyer.company_name)
  if (address?.attention) doc.text(`Att: ${address.attention}`)
  if (address) {
    doc.text(address.address_line_1)
    if (address.address_line_2) doc.text(address.address_line_2)
    doc.text(`${address.postal_code} ${address.city}`)
    if (address.country_code && address.country_code.toLowerCase() !== "se") doc.text(address.country_code.toUpperCase())
  }
  if (buyer.organisation_number) doc.text(`Org.nr: ${buyer.organisation_number}`)
  if (buyer.vat_number) doc.text(`Momsreg.nr: ${buyer.vat_number}`)

  // ---- the lines, the totals ----
  let y = linesTable(
    page,
    invoice.lines.map((line) => [
      line.description,
      String(line.quantity),
      formatSek(line.unit_price),
      `${line.tax_rate} %`,
      formatSek(line.subtotal),
    ]),
    200
  )
  y = totals(page, y, [
    { label: "Summa exkl. moms", amount: `${formatSek(invoice.subtotal)} ${currency}` },
    ...invoice.tax_by_rate.map((rate) => ({ label: `Moms ${rate.tax_rate} %`, amount: `${formatSek(rate.tax)} ${currency}` })),
    {
      label: credit ? "Att återfå" : "Att betala",
      amount: `${formatSek(credit ? -invoice.total : invoice.total)} ${currency}`,
      bold: true,
    },
  ])

  // ---- payment ----
  y += 12
  doc
    .font("Helvetica-Bold")
    .fontSize(10)
    .text(credit ? "Kredit" : "Betalning", left, y)
  doc.font("Helvetica").fontSize(10)
  if (credit) {
    doc.text("Beloppet krediteras och regleras mot er nästa betalning eller återbetalas.", left)
  } else {
    doc.text(`Bankgiro: ${seller.bankgiro}`, left)
    if (invoice.ocr) doc.text(`OCR: ${invoice.ocr}`, left)
    doc.text(`Förfallodatum: ${invoice.due_date}`, left)
    doc.text("Ange OCR-numret vid betalning.", left)
  }

  // ---- footer ----
  sellerFooter(page, seller)

  doc.end()
  return page.done
}

/** The file name a download gets: `faktura-<number>.pdf` (`kreditfaktura-K<number>.pdf` for a credit note). */
export function invoiceFileName(invoice: Pick<InvoiceDTO, "kind" | "display_number">): string {
  return `${invoice.kind === "credit_note" ? "kreditfaktura" : "faktura"}-${invoice.display_number}.pdf`
}
