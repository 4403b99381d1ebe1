import { once } from "node:events"
import type { Readable } from "node:stream"
import type { IFileModuleService, IOrderModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE, type InvoiceDTO, type InvoicingModuleService } from "../modules/invoicing"
import { invoiceFileName, renderInvoicePdf, type InvoicePdfContext } from "./invoice-pdf"

type Resolver = { resolve<T>(key: string): T }

/**
 * The invoice PDFs in Medusa's File Module, always uploaded with `access: "private"`.
 * medusa-config.ts gives the local provider a `private_upload_dir` outside the public
 * `static` folder (INVOICE_FILES_DIR / PRIVATE_FILES_DIR), so no `/static/...` URL
 * serves them; a cloud provider keeps private files unlisted. They reach a person only
 * through the invoice routes, after the tenancy check.
 */

/** For the PDF: the order's number as the buyer sees it, and the number of the invoice a credit note credits. */
export async function pdfContextFor(container: Resolver, invoice: InvoiceDTO): Promise<InvoicePdfContext> {
  const [order_number, credited_invoice_number] = await Promise.all([
    orderNumberOf(container, invoice),
    creditedNumberOf(container, invoice),
  ])
  return { order_number, credited_invoice_number }
}

async function orderNumberOf(container: Resolver, invoice: InvoiceDTO): Promise<string | null> {
  if (!invoice.order_id) return null
  try {
    const order = await container
      .resolve<IOrderModuleService>(Modules.ORDER)
      .retrieveOrder(invoice.order_id, { select: ["id", "display_id"] })
    return order.display_id != null ? String(order.display_id) : null
  } catch {
    return null // the PDF then names the order by its id
  }
}

async function creditedNumberOf(container: Resolver, invoice: InvoiceDTO): Promise<string | null> {
  if (invoice.kind !== "credit_note" || !invoice.credited_invoice_id) return null
  const credited = await container
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .retrieveInvoiceDTO(invoice.credited_invoice_id)
    .catch(() => null)
  return credited?.display_number ?? null
}

export async function renderPdfOf(container: Resolver, invoice: InvoiceDTO): Promise<Buffer> {
  return renderInvoicePdf(invoice, await pdfContextFor(container, invoice))
}

/** Renders the invoice, stores the PDF privately and records its file id on the invoice. */
export async function storeInvoicePdf(container: Resolver, invoice: InvoiceDTO): Promise<{ file_id: string; pdf: Buffer }> {
  const pdf = await renderPdfOf(container, invoice)
  const file = await container.resolve<IFileModuleService>(Modules.FILE).createFiles({
    // No directory in the name: the local provider finds private files by the "private-" prefix of the key.
    filename: invoiceFileName(invoice),
    mimeType: "application/pdf",
    content: pdf.toString("base64"),
    access: "private",
  })
  await container.resolve<InvoicingModuleService>(INVOICING_MODULE).setPdfFile(invoice.id, file.id)
  return { file_id: file.id, pdf }
}

/** The stored file as a stream, or undefined when it is missing or cannot be read. */
async function storedStream(container: Resolver, fileId: string): Promise<Readable | undefined> {
  try {
    const stream = await container.resolve<IFileModuleService>(Modules.FILE).getDownloadStream(fileId)
    // A file stream opens lazily: a missing file shows as an error before the first data.
    await Promise.race([once(stream, "readable"), once(stream, "end")])
    return stream
  } catch {
    return undefined
  }
}

/**
 * The invoice's PDF for a download: the stored file, streamed; if it is missing, the
 * PDF rendered again from the invoice rows (and stored again for the next time).
 */
export async function invoicePdfFor(container: Resolver, invoice: InvoiceDTO): Promise<Readable | Buffer> {
  const stream = invoice.pdf_file_id ? await storedStream(container, invoice.pdf_file_id) : undefined
  if (stream) return stream
  try {
    return (await storeInvoicePdf(container, invoice)).pdf
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`The PDF of invoice ${invoice.id} could not be stored again: ${error instanceof Error ? error.message : String(error)}`)
    return renderPdfOf(container, invoice)
  }
}
