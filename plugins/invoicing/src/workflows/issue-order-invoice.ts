import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BuyerSnapshot, InvoiceLineInput } from "../modules/invoicing"
import { emailInvoiceStep } from "./steps/email-invoice"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { storeInvoicePdfStep } from "./steps/store-invoice-pdf"

/**
 * What monitor-store gives for an order it placed. Amounts are integer öre
 * (`oreFromAmount` of `@mymonitor/invoicing/lib/money` turns Medusa's kronor into
 * öre); `unit_price` excludes VAT; `tax_rate` is percent.
 */
export type IssueOrderInvoiceInput = {
  order_id: string
  company_id: string
  /** "Er referens", as the buyer gave it at checkout. */
  your_reference?: string | null
  buyer: BuyerSnapshot
  lines: InvoiceLineInput[]
  currency_code: string
  issued_at: Date | string
  /** Days to pay; the company's billing profile (else 30) when not given. */
  payment_terms_days?: number | null
}

export type IssueOrderInvoiceResult = {
  invoice_id: string
  number: number
  display_number: string
  pdf_file_id: string
  email_sent: boolean
}

/**
 * The invoice of a Monitor Store order: issue it (idempotent per order — run again,
 * it continues with the same invoice), render and store its PDF privately, e-mail it
 * with the PDF to the company's invoice address. A failed mail never undoes the
 * invoice (`email_sent: false`); a failed PDF fails the run, which may be run again.
 */
export const issueOrderInvoiceWorkflow = createWorkflow("issue-order-invoice", (input: IssueOrderInvoiceInput) => {
  const issued = issueInvoiceStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company_id,
      order_id: input.order_id,
      currency_code: input.currency_code,
      issued_at: input.issued_at,
      your_reference: input.your_reference ?? null,
      buyer: input.buyer,
      payment_terms_days: input.payment_terms_days ?? null,
      lines: input.lines,
    }))
  )
  const stored = storeInvoicePdfStep(transform({ issued }, ({ issued }) => ({ invoice_id: issued.invoice_id })))
  const emailed = emailInvoiceStep(transform({ issued, stored }, ({ issued }) => ({ invoice_id: issued.invoice_id })))
  return new WorkflowResponse(
    transform({ issued, stored, emailed }, ({ issued, stored, emailed }) => ({
      invoice_id: issued.invoice_id,
      number: issued.number,
      display_number: issued.display_number,
      pdf_file_id: stored.pdf_file_id,
      email_sent: emailed.email_sent,
    }))
  )
})
