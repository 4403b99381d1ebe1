import PDFDocument from "pdfkit"
import type { SellerFacts } from "../modules/invoicing/types"

/**
 * The layout every Swedish business document of ours shares (invoices, credit notes, quotes): A4 with
 * pdfkit's Helvetica (which covers å ä ö), the seller top left, the document's title and facts top
 * right, a table of lines (description, quantity, à-pris, VAT, amount), the totals below it and the
 * seller's footer. Each document fills in its own words.
 */
export type BusinessDocument = {
  doc: PDFKit.PDFDocument
  left: number
  right: number
  width: number
  /** The document's bytes once `finish()` has been called. */
  done: Promise<Buffer>
}

export function startDocument(info: { title: string; subject: string; author: string }): BusinessDocument {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 50, bottom: 40, left: 50, right: 50 },
    info: { Title: info.title, Author: info.author, Subject: info.subject },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const left = 50
  const right = doc.page.width - 50
  return { doc, left, right, width: right - left, done }
}

/** The seller (name, address, e-mail) on the left and the title on the right; returns the writer of one fact line. */
export function sellerAndTitle({ doc, left, width }: BusinessDocument, seller: SellerFacts, title: string) {
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
  /** "Label: value" in the facts column; nothing when there is no value. */
  return (label: string, value: string | null | undefined) => {
    if (!value) return
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .text(`${label}: `, factsX, undefined, { continued: true, width: width / 2 - 20 })
    doc.font("Helvetica").text(value)
  }
}

/** One line of the table, its cells already formatted: description, quantity, à-pris, VAT rate, amount. */
export type LineCells = [description: string, quantity: string, unitPrice: string, taxRate: string, amount: string]

/** The table of lines from the current position; a new page when a line would reach `reserve` from the bottom. Returns the y below it. */
export function linesTable({ doc, left, right, width }: BusinessDocument, lines: LineCells[], reserve: number): number {
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
  for (const cells of lines) {
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width })))
    if (y + height > doc.page.height - reserve) {
      doc.addPage()
      y = 50
    }
    cells.forEach((cell, i) => doc.text(cell, columns[i].x, y, { width: columns[i].width, align: columns[i].align }))
    y += height + 4
  }
  doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).stroke()
  return y + 8
}

/** The totals under the table from `y` (label and amount per row, the last one bold); returns the y below them. */
export function totals(
  { doc, left, width }: BusinessDocument,
  y: number,
  rows: { label: string; amount: string; bold?: boolean }[]
): number {
  for (const { label, amount, bold = false } of rows) {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 11 : 9)
    doc.text(label, left + 260, y, { width: 140 })
    doc.text(amount, left + 410, y, { width: width - 410, align: "right" })
    y += bold ? 16 : 13
  }
  return y
}

/** The seller's footer (name, address, e-mail; organisation, VAT and bankgiro numbers; F-skatt) at the bottom of the page. */
export function sellerFooter({ doc, left, right, width }: BusinessDocument, seller: SellerFacts) {
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
}
