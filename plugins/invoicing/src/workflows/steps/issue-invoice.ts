import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buyerOf } from "../../lib/buyer"
import { INVOICING_MODULE, type BuyerSnapshot, type InvoiceLineInput, type InvoicingModuleService } from "../../modules/invoicing"

export type IssueInvoiceStepInput = {
  company_id: string
  order_id?: string | null
  currency_code: string
  /** A Date, or its ISO string (workflow input is serialised). */
  issued_at: Date | string
  your_reference?: string | null
  /** The buyer as the invoice shows it; read from the company and its billing profile when not given. */
  buyer?: BuyerSnapshot | null
  /** Days to pay; the company's billing profile (else 30) when not given. */
  payment_terms_days?: number | null
  recurring?: boolean
  lines: InvoiceLineInput[]
}

export type IssuedInvoice = { invoice_id: string; number: number; display_number: string }

/**
 * Issues the invoice: its number from the gap-free series, invoice and lines in one
 * transaction; for an order, the order's existing invoice when it has one (so a
 * workflow run again continues with the same invoice). No compensation: an issued
 * invoice is never deleted — a credit note undoes it.
 */
export const issueInvoiceStep = createStep("issue-invoice", async (input: IssueInvoiceStepInput, { container }) => {
  const needsProfile = !input.buyer || input.payment_terms_days === undefined || input.payment_terms_days === null
  const known = needsProfile ? await buyerOf(container, input.company_id) : undefined
  const invoice = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).issueInvoice({
    company_id: input.company_id,
    order_id: input.order_id ?? null,
    currency_code: input.currency_code,
    issued_at: new Date(input.issued_at),
    your_reference: input.your_reference ?? null,
    buyer: input.buyer ?? known!.buyer,
    payment_terms_days: input.payment_terms_days ?? known!.payment_terms_days,
    recurring: input.recurring ?? false,
    lines: input.lines,
  })
  return new StepResponse<IssuedInvoice>({ invoice_id: invoice.id, number: invoice.number, display_number: invoice.display_number })
})
