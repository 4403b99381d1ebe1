import type { MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { INVOICING_MODULE, type InvoicingModuleService } from "@mymonitor/invoicing/modules/invoicing"
import { formatSek } from "@mymonitor/invoicing/lib/money"
import PDFDocument from "pdfkit"
import { QUOTE_MODULE, type QuoteModuleService, type QuoteRow } from "../modules/quote"
import { quoteViewOf, type QuoteView } from "./quote-view"

type Resolver = Pick<MedusaContainer, "resolve">
type Seller = ReturnType<InvoicingModuleService["sellerFacts"]>

const ore = (kronor: number) => Math.round(kronor * 100)
const day = (date: Date | string | null) => (date ? new Date(date).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }) : null)
const STATUS_WORDS: Record<QuoteView["status"], string> = {
  requested: "Begärd (preliminära priser)",
  sent: "Skickad",
  accepted: "Accepterad",
  declined: "Avböjd",
  expired: "Utgången",
  cancelled: "Avbruten",
}

export const quoteFileName = (quote: Pick<QuoteView, "number">) => `offert-${quote.number}.pdf`

/**
 * The quote as a Swedish PDF (A4, pdfkit like the invoices): the seller, "Offert" with number, dates,
 * validity and "Er referens", the buyer, the lines (quantity, à-pris, VAT, amount), the totals with
 * "Moms 25 %", and — once accepted — who accepted and when.
 */
export async function renderQuotePdf(
  quote: QuoteView,
  seller: Seller,
  buyer: { name: string; organisation_number: string; customer_number: string }
) {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 50, bottom: 40, left: 50, right: 50 },
    info: { Title: `Offert ${quote.number}`, Author: seller.name, Subject: "Offert" },
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
  const currency = quote.currency_code.toUpperCase()

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
    .text("Offert", factsX, 50, { width: width / 2 - 20 })
  doc.moveDown(0.3)
  const fact = (label: string, value: string | null | undefined) => {
    if (!value) return
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .text(`${label}: `, factsX, undefined, { continued: true, width: width / 2 - 20 })
    doc.font("Helvetica").text(value)
  }
  fact("Offertnummer", quote.number)
  fact("Begärd", day(quote.requested_at))
  fact("Skickad", day(quote.sent_at))
  fact("Giltig till", day(quote.valid_until))
  fact("Status", STATUS_WORDS[quote.status])
  fact("Kundnummer", buyer.customer_number)
  fact("Er referens", quote.your_reference)
  fact("Begärd av", quote.requested_by.name)

  const buyerTop = Math.max(doc.y, 150) + 10
  doc.font("Helvetica-Bold").fontSize(10).text("Kund", left, buyerTop)
  doc.font("Helvetica").fontSize(10).text(buyer.name)
  if (buyer.organisation_number) doc.text(`Org.nr: ${buyer.organisation_number}`)

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
  for (const item of quote.items) {
    const rate = item.subtotal ? Math.round((item.tax_total / item.subtotal) * 100) : 0
    const description = [item.product_title, item.variant_title && item.variant_title !== "Standard" ? item.variant_title : null]
      .filter(Boolean)
      .join(" – ")
    const cells = [description, String(item.quantity), formatSek(ore(item.unit_price)), `${rate} %`, formatSek(ore(item.subtotal))]
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width })))
    if (y + height > doc.page.height - 160) {
      doc.addPage()
      y = 50
    }
    cells.forEach((cell, i) => doc.text(cell, columns[i].x, y, { width: columns[i].width, align: columns[i].align }))
    y += height + 4
  }
  doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).stroke()
  y += 8
  const total = (label: string, amount: number, bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 11 : 9)
    doc.text(label, left + 260, y, { width: 140 })
    doc.text(`${formatSek(ore(amount))} ${currency}`, left + 410, y, { width: width - 410, align: "right" })
    y += bold ? 16 : 13
  }
  total("Summa exkl. moms", quote.subtotal)
  for (const tax of quote.taxes) total(`Moms ${tax.rate} %`, tax.amount)
  total("Att betala", quote.total, true)

  y += 14
  doc.font("Helvetica").fontSize(10)
  if (quote.status === "accepted" && quote.decided_by) {
    doc.font("Helvetica-Bold").text("Accepterad", left, y)
    doc.font("Helvetica").text(`Accepterad av ${quote.decided_by.name} ${day(quote.decided_at) ?? ""}.`, left)
  } else if (quote.valid_until) {
    doc.text(
      `Offerten gäller till och med ${day(quote.valid_until)}. Betalning mot faktura; licenserna levereras direkt vid accept.`,
      left,
      y
    )
  } else {
    doc.text("Priserna är preliminära tills Monitor har skickat offerten.", left, y)
  }
  doc
    .fontSize(8)
    .text(`${seller.name} · Org.nr ${seller.organisation_number} · Momsreg.nr ${seller.vat_number}`, left, doc.page.height - 60, {
      width,
      align: "center",
    })
  doc.end()
  return done
}

async function renderPdfOf(container: Resolver, quote: QuoteRow): Promise<{ view: QuoteView; pdf: Buffer }> {
  const [view, company] = await Promise.all([quoteViewOf(container, quote), companySummaryOf(container, quote.company_id)])
  const pdf = await renderQuotePdf(view, container.resolve<InvoicingModuleService>(INVOICING_MODULE).sellerFacts(), {
    name: company?.name ?? "",
    organisation_number: company?.organisation_number ?? "",
    customer_number: company?.customer_number ?? "",
  })
  return { view, pdf }
}

/**
 * Renders the quote as it stands now (sent, or accepted) and keeps it in private storage: what the
 * customer downloads is the quote as it was sent, even if staff change the draft order afterwards.
 * Never throws: the PDF is rendered again on download when storing failed.
 */
export async function storeQuotePdf(container: Resolver, quoteId: string): Promise<void> {
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  try {
    const quote = await quotes.retrieveQuote(quoteId)
    const { view, pdf } = await renderPdfOf(container, quote)
    const file = await container.resolve<IFileModuleService>(Modules.FILE).createFiles({
      // No directory in the name: the local provider finds private files by the "private-" prefix of the key.
      filename: quoteFileName(view),
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    })
    await quotes.setPdfFile(quote.id, file.id)
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`The PDF of quote ${quoteId} could not be stored: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function storedPdf(container: Resolver, fileId: string): Promise<Buffer | undefined> {
  try {
    const stream = await container.resolve<IFileModuleService>(Modules.FILE).getDownloadStream(fileId)
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks)
  } catch {
    return undefined
  }
}

/**
 * Sends the quote's PDF: a requested quote's is rendered on the spot (preliminary prices); a sent or
 * decided one is the stored PDF, stored again when it is missing.
 */
export async function sendQuotePdf(container: Resolver, res: MedusaResponse, quote: QuoteRow): Promise<void> {
  let pdf = quote.status !== "requested" && quote.pdf_file_id ? await storedPdf(container, quote.pdf_file_id) : undefined
  if (!pdf) {
    pdf = (await renderPdfOf(container, quote)).pdf
    if (quote.status !== "requested") await storeQuotePdf(container, quote.id)
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Disposition", `attachment; filename="offert-${quote.display_id}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.status(200).end(pdf)
}
