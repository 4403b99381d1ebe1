import PDFDocument from "pdfkit"
import type { InvoiceDTO } from "../modules/invoicing/types"
import { formatSek } from "./money"

/** What the PDF shows beyond the invoice's own rows: the number of the invoice a credit note credits. */
export type InvoicePdfContext = { credited_invoice_number?: string | null }

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
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 50, bottom: 40, left: 50, right: 50 },
    info: { Title: `${title} ${invoice.display_number}`, Author: invoice.seller.name, Subject: title },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const left = 50
  const right = doc.page.width - 50
  const width = right - left
  const { seller, buyer } = invoice
  const currency = invoice.currency_code.toUpperCase()

  // ---- header: the seller, and the document's facts ----
  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .text(seller.name, left, 50, { width: width / 2 })
  doc.font("Helvetica").fontSize(9)
  for (const line of seller.address) doc.text(line, { width: width / 2 })
  doc.text(seller.email, { width: width / 2 })

  const factsX = left + width / 2 + 20
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .text(title, factsX, 50, { width: width / 2 - 20 })
  doc.moveDown(0.3)
  const fact = (label: string, value: string | null | undefined) => {
    if (!value) return
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .text(`${label}: `, factsX, undefined, { continued: true, width: width / 2 - 20 })
    doc.font("Helvetica").text(value)
  }
  fact(credit ? "Kreditfakturanummer" : "Fakturanummer", invoice.display_number)
  fact(credit ? "Datum" : "Fakturadatum", invoice.issue_date)
  if (!credit) fact("Förfallodatum", invoice.due_date)
  if (credit) fact("Krediterar faktura", context.credited_invoice_number)
  fact("Kundnummer", buyer.customer_number)
  fact("Er referens", invoice.your_reference)
  if (invoice.order_id) fact("Order", invoice.order_id)

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

  // ---- the lines ----
  const columns = [
    { label: "Beskrivning", x: left, width: 230, align: "left" as const },
    { label: "Antal", x: left + 235, width: 45, align: "right" as const },
    { label: "À-pris", x: left + 285, width: 75, align: "right" as const },
    { label: "Moms", x: left + 365, width: 40, align: "right" as const },
    { label: "Belopp", x: left + 410, width: width - 410, align: "right" as const },
  ]
  let y = doc.y + 25
  doc.font("Helvetica-Bold").fontSize(9)
  for (const column of columns) doc.text(column.label, column.x, y, { width: column.width, align: column.align })
  y += 14
  doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).stroke()
  y += 6
  doc.font("Helvetica").fontSize(9)
  for (const line of invoice.lines) {
    const cells = [line.description, String(line.quantity), formatSek(line.unit_price), `${line.tax_rate} %`, formatSek(line.subtotal)]
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width })))
    if (y + height > doc.page.height - 200) {
      doc.addPage()
      y = 50
    }
    cells.forEach((cell, i) => doc.text(cell, columns[i].x, y, { width: columns[i].width, align: columns[i].align }))
    y += height + 4
  }
  doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).stroke()
  y += 8

  // ---- totals ----
  const labelX = left + 260
  const total = (label: string, amount: string, bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 11 : 9)
    doc.text(label, labelX, y, { width: 140 })
    doc.text(amount, left + 410, y, { width: width - 410, align: "right" })
    y += bold ? 16 : 13
  }
  total("Summa exkl. moms", `${formatSek(invoice.subtotal)} ${currency}`)
  for (const rate of invoice.tax_by_rate) total(`Moms ${rate.tax_rate} %`, `${formatSek(rate.tax)} ${currency}`)
  total(credit ? "Att återfå" : "Att betala", `${formatSek(credit ? -invoice.total : invoice.total)} ${currency}`, true)

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
  const footerY = doc.page.height - 80
  doc
    .moveTo(left, footerY - 6)
    .lineTo(right, footerY - 6)
    .lineWidth(0.5)
    .stroke()
  doc.font("Helvetica").fontSize(8)
  const footer = [
    `${seller.name} · ${seller.address.join(", ")} · ${seller.email}`,
    `Org.nr: ${seller.organisation_number} · Momsreg.nr: ${seller.vat_number} · Bankgiro: ${seller.bankgiro}`,
    seller.f_skatt ? "Godkänd för F-skatt" : "",
  ].filter(Boolean)
  footer.forEach((line, i) => doc.text(line, left, footerY + i * 11, { width, align: "center", lineBreak: false }))

  doc.end()
  return done
}

/** The file name a download gets: `faktura-<number>.pdf` (`kreditfaktura-K<number>.pdf` for a credit note). */
export function invoiceFileName(invoice: Pick<InvoiceDTO, "kind" | "display_number">): string {
  return `${invoice.kind === "credit_note" ? "kreditfaktura" : "faktura"}-${invoice.display_number}.pdf`
}
