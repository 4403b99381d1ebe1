import type {
  FilterableNotificationProps,
  ILockingModule,
  INotificationModuleService,
  Logger,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { sendMessage } from "@mymonitor/notifications"
import { INVOICING_MODULE, type InvoicingModuleService } from "../modules/invoicing"
import { invoicePdfFor } from "./invoice-files"
import { invoiceFileName } from "./invoice-pdf"

export type InvoiceEmailed = { email_sent: boolean; notification_id: string | null }

async function bufferOf(source: Buffer | NodeJS.ReadableStream): Promise<Buffer> {
  if (Buffer.isBuffer(source)) return source
  const chunks: Buffer[] = []
  for await (const chunk of source) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/**
 * E-mails an invoice or credit note (template `invoice-issued`) to the company's invoice address with
 * the PDF attached, once: under a lock per invoice (shared by every process through the locking module),
 * an invoice whose mail already succeeded is not sent again. Never throws: a mail that cannot be sent
 * is logged and recorded as a failed notification, and the invoice stands.
 */
export async function emailInvoice(container: MedusaContainer, invoiceId: string): Promise<InvoiceEmailed> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    return await container
      .resolve<ILockingModule>(Modules.LOCKING)
      .execute(`invoicing:email:${invoiceId}`, () => sendInvoiceMail(container, invoiceId, logger), { timeout: 30 })
  } catch (error) {
    logger.error(`Invoice ${invoiceId} could not be e-mailed: ${error instanceof Error ? error.message : String(error)}`)
    return { email_sent: false, notification_id: null }
  }
}

async function sendInvoiceMail(container: MedusaContainer, invoiceId: string, logger: Logger): Promise<InvoiceEmailed> {
  const invoice = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(invoiceId)
  const to = invoice.buyer.invoice_email
  if (!to) {
    logger.warn(`Invoice ${invoice.display_number} (${invoice.id}) was not e-mailed: the company has no invoice address`)
    return { email_sent: false, notification_id: null }
  }
  const [sent] = await container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .listNotifications({ resource_type: "invoice", resource_id: invoice.id, status: "success" } as FilterableNotificationProps, {
      select: ["id"],
      take: 1,
    })
  if (sent) return { email_sent: true, notification_id: sent.id }
  const pdf = await bufferOf(await invoicePdfFor(container, invoice))
  const credit = invoice.kind === "credit_note"
  const result = await sendMessage(container, {
    template: "invoice-issued",
    to,
    data: {
      kind: invoice.kind,
      invoiceNumber: invoice.display_number,
      companyName: invoice.buyer.company_name,
      issueDate: invoice.issue_date,
      dueDate: credit ? null : invoice.due_date,
      totalOre: invoice.total,
      currency: invoice.currency_code,
      bankgiro: credit ? null : invoice.seller.bankgiro,
      ocr: invoice.ocr,
      yourReference: invoice.your_reference,
      sellerName: invoice.seller.name,
      link: portalUrl("/sv/mina-sidor/fakturor"),
    },
    attachments: [{ filename: invoiceFileName(invoice), content: pdf, content_type: "application/pdf" }],
    trigger_type: credit ? "invoice.credited" : "invoice.issued",
    resource_type: "invoice",
    resource_id: invoice.id,
  })
  return { email_sent: result.ok, notification_id: result.notificationId ?? null }
}
