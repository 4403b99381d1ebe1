import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emailInvoice, type InvoiceEmailed } from "../../lib/email-invoice"

export type EmailInvoiceInput = { invoice_id: string }
export type { InvoiceEmailed }

/**
 * E-mails the invoice before the workflow answers, for the admin's fee invoices and credit notes, whose
 * answer says whether it was e-mailed. Never fails and has nothing to compensate (see emailInvoice).
 */
export const emailInvoiceStep = createStep(
  "email-invoice",
  async (input: EmailInvoiceInput, { container }) => new StepResponse<InvoiceEmailed>(await emailInvoice(container, input.invoice_id))
)
