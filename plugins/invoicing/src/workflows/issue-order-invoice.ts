import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ORDER_INVOICE_ISSUED } from "../lib/events"
import type { BuyerSnapshot, InvoiceLineInput } from "../modules/invoicing"
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
}

/**
 * The invoice of a Monitor Store order: issue it (idempotent per order — run again,
 * it continues with the same invoice), render and store its PDF privately, then emit
 * ORDER_INVOICE_ISSUED, whose subscriber e-mails it with the PDF to the company's invoice
 * address once the order has answered (the mail is sent once, however often this runs).
 * A failed mail never undoes the invoice; a failed PDF fails the run, which may be run again.
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
  emitEventStep({ eventName: ORDER_INVOICE_ISSUED, data: transform({ issued }, ({ issued }) => ({ invoice_id: issued.invoice_id })) })
  return new WorkflowResponse(
    transform({ issued, stored }, ({ issued, stored }) => ({
      invoice_id: issued.invoice_id,
      number: issued.number,
      display_number: issued.display_number,
      pdf_file_id: stored.pdf_file_id,
    }))
  )
})
