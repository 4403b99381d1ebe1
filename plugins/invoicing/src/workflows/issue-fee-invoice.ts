import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceLineInput } from "../modules/invoicing"
import { emailInvoiceStep } from "./steps/email-invoice"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { storeInvoicePdfStep } from "./steps/store-invoice-pdf"

export type IssueFeeInvoiceInput = {
  company_id: string
  your_reference?: string | null
  lines: InvoiceLineInput[]
  issued_at?: Date | string
}

/**
 * A recurring-fee invoice typed by vendor staff: the buyer and terms from the
 * company and its billing profile, then the PDF and the e-mail as for an order.
 */
export const issueFeeInvoiceWorkflow = createWorkflow("issue-fee-invoice", (input: IssueFeeInvoiceInput) => {
  const issued = issueInvoiceStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company_id,
      currency_code: "sek",
      issued_at: input.issued_at ?? new Date(),
      your_reference: input.your_reference ?? null,
      recurring: true,
      lines: input.lines,
    }))
  )
  const stored = storeInvoicePdfStep(transform({ issued }, ({ issued }) => ({ invoice_id: issued.invoice_id })))
  const emailed = emailInvoiceStep(transform({ issued, stored }, ({ issued }) => ({ invoice_id: issued.invoice_id })))
  return new WorkflowResponse(
    transform({ issued, stored, emailed }, ({ issued, stored, emailed }) => ({
      invoice_id: issued.invoice_id,
      display_number: issued.display_number,
      pdf_file_id: stored.pdf_file_id,
      email_sent: emailed.email_sent,
    }))
  )
})
