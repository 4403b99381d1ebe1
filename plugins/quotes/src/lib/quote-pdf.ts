import type { MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { INVOICING_MODULE, type InvoicingModuleService } from "@mymonitor/invoicing/modules/invoicing"
import { formatSek } from "@mymonitor/invoicing/lib/money"
import { type LineCells, linesTable, sellerAndTitle, sellerFooter, startDocument, totals } from "@mymonitor/invoicing/lib/pdf-layout"
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
 * The quote as a Swedish PDF in the invoices' layout (invoicing's pdf-layout.ts): the seller, "Offert" with number, dates,
 * validity and "Er referens", the buyer, the lines (quantity, à-pris, VAT, amount), the totals with
 * "Moms 25 %", and — once accepted — who accepted and when.
 */
export async function renderQuotePdf(
  quote: QuoteView,
  seller: Seller,
  buyer: { name: string; organisation_number: string; customer_number: string }
) {
  const page = startDocument({ title: `Offert ${quote.number}`, subject: "Offert", author: seller.name })
  const { doc, left } = page
  const currency = quote.currency_code.toUpperCase()
  const fact = sellerAndTitle(page, seller, "Offert")
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

  let y = linesTable(
    page,
    quote.items.map((item): LineCells => {
      const rate = item.subtotal ? Math.round((item.tax_total / item.subtotal) * 100) : 0
      const description = [item.product_title, item.variant_title && item.variant_title !== "Standard" ? item.variant_title : null]
        .filter(Boolean)
        .join(" – ")
      return [description, String(item.quantity), formatSek(ore(item.unit_price)), `${rate} %`, formatSek(ore(item.subtotal))]
    }),
    160
  )
  const sek = (amount: number) => `${formatSek(ore(amount))} ${currency}`
  y = totals(page, y, [
    { label: "Summa exkl. moms", amount: sek(quote.subtotal) },
    ...quote.taxes.map((tax) => ({ label: `Moms ${tax.rate} %`, amount: sek(tax.amount) })),
    { label: "Att betala", amount: sek(quote.total), bold: true },
  ])

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
  sellerFooter(page, seller)
  doc.end()
  return page.done
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
export async function storeQuotePdf(container: Resolver, quoteId: string, rendered?: { view: QuoteView; pdf: Buffer }): Promise<void> {
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  try {
    const { view, pdf } = rendered ?? (await renderPdfOf(container, await quotes.retrieveQuote(quoteId)))
    const file = await container.resolve<IFileModuleService>(Modules.FILE).createFiles({
      // No directory in the name: the local provider finds private files by the "private-" prefix of the key.
      filename: quoteFileName(view),
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    })
    await quotes.setPdfFile(quoteId, file.id)
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
    const rendered = await renderPdfOf(container, quote)
    pdf = rendered.pdf
    if (quote.status !== "requested") await storeQuotePdf(container, quote.id, rendered)
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Disposition", `attachment; filename="offert-${quote.display_id}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.status(200).end(pdf)
}
