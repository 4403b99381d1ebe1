import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { creditInvoiceStep, type CreditInvoiceStepInput } from "./steps/credit-invoice"
import { emailInvoiceStep } from "./steps/email-invoice"
import { storeInvoicePdfStep } from "./steps/store-invoice-pdf"

export type CreditInvoiceInput = CreditInvoiceStepInput

/** A full credit note for an invoice (staff): issued, its PDF stored, e-mailed to the company's invoice address. */
export const creditInvoiceWorkflow = createWorkflow("credit-invoice", (input: CreditInvoiceInput) => {
  const credit = creditInvoiceStep(input)
  const stored = storeInvoicePdfStep(transform({ credit }, ({ credit }) => ({ invoice_id: credit.invoice_id })))
  const emailed = emailInvoiceStep(transform({ credit, stored }, ({ credit }) => ({ invoice_id: credit.invoice_id })))
  return new WorkflowResponse(
    transform({ credit, stored, emailed }, ({ credit, stored, emailed }) => ({
      credit_note_id: credit.invoice_id,
      display_number: credit.display_number,
      pdf_file_id: stored.pdf_file_id,
      email_sent: emailed.email_sent,
    }))
  )
})
