import type { FilterableNotificationProps, INotificationModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { sendMessage } from "@mymonitor/notifications"
import { invoicePdfFor } from "../../lib/invoice-files"
import { invoiceFileName } from "../../lib/invoice-pdf"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../modules/invoicing"

export type EmailInvoiceInput = { invoice_id: string }
export type InvoiceEmailed = { email_sent: boolean; notification_id: string | null }

async function bufferOf(source: Buffer | NodeJS.ReadableStream): Promise<Buffer> {
  if (Buffer.isBuffer(source)) return source
  const chunks: Buffer[] = []
  for await (const chunk of source) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/**
 * E-mails the invoice (template `invoice-issued`) to the company's invoice address
 * with the PDF attached. Never fails and has nothing to compensate: a mail that
 * cannot be sent is logged and recorded as a failed notification, and the invoice
 * stands. An invoice already e-mailed (a workflow run again) is not sent twice.
 */
export const emailInvoiceStep = createStep("email-invoice", async (input: EmailInvoiceInput, { container }) => {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const invoice = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(input.invoice_id)
    const to = invoice.buyer.invoice_email
    if (!to) {
      logger.warn(`Invoice ${invoice.display_number} (${invoice.id}) was not e-mailed: the company has no invoice address`)
      return new StepResponse<InvoiceEmailed>({ email_sent: false, notification_id: null })
    }
    const [sent] = await container
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .listNotifications({ resource_type: "invoice", resource_id: invoice.id, status: "success" } as FilterableNotificationProps, {
        select: ["id"],
        take: 1,
      })
    if (sent) return new StepResponse<InvoiceEmailed>({ email_sent: true, notification_id: sent.id })
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
    return new StepResponse<InvoiceEmailed>({ email_sent: result.ok, notification_id: result.notificationId ?? null })
  } catch (error) {
    logger.error(`Invoice ${input.invoice_id} could not be e-mailed: ${error instanceof Error ? error.message : String(error)}`)
    return new StepResponse<InvoiceEmailed>({ email_sent: false, notification_id: null })
  }
})
