import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { adminInvoiceView } from "../../../../../lib/invoice-view"
import { throwWorkflowError } from "../../../../../lib/workflow-errors"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"
import { creditInvoiceWorkflow } from "../../../../../workflows/credit-invoice"
import type { AdminCreditInvoiceBody } from "../../../../validators"

/**
 * POST /admin/invoices/:id/credit `{ reason }` — a full credit note (own series, once
 * per invoice: a second one is 409), its PDF stored and e-mailed to the company. Audited.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminCreditInvoiceBody>, res: MedusaResponse) => {
  const service = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const invoice = await service.retrieveInvoiceDTO(req.params.id)
  const { result, errors } = await creditInvoiceWorkflow(req.scope).run({
    input: { invoice_id: invoice.id, by: req.auth_context.actor_id, reason: req.validatedBody.reason },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  await auditRequest(req, {
    action: "invoice.credited",
    company_id: invoice.company_id,
    details: {
      invoice_id: invoice.id,
      number: invoice.display_number,
      credit_note_id: result.credit_note_id,
      reason: req.validatedBody.reason,
    },
  })
  const creditNote = await service.retrieveInvoiceDTO(result.credit_note_id)
  res.status(201).json({
    credit_note: adminInvoiceView(creditNote),
    invoice: adminInvoiceView(await service.retrieveInvoiceDTO(invoice.id)),
    email_sent: result.email_sent,
  })
})
