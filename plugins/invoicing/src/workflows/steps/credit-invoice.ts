import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../modules/invoicing"
import type { IssuedInvoice } from "./issue-invoice"

export type CreditInvoiceStepInput = { invoice_id: string; by: string; reason: string }

/** Issues the full credit note of an invoice (own series, once per invoice). No compensation: a credit note is never deleted. */
export const creditInvoiceStep = createStep("credit-invoice", async (input: CreditInvoiceStepInput, { container }) => {
  const credit = await container
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .creditInvoice(input.invoice_id, { by: input.by, reason: input.reason })
  return new StepResponse<IssuedInvoice>({ invoice_id: credit.id, number: credit.number, display_number: credit.display_number })
})
