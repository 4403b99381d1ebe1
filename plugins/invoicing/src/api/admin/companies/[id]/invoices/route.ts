import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { conflict, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { buyerOf } from "../../../../../lib/buyer"
import { adminInvoiceView } from "../../../../../lib/invoice-view"
import { throwWorkflowError } from "../../../../../lib/workflow-errors"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"
import { issueFeeInvoiceWorkflow } from "../../../../../workflows/issue-fee-invoice"
import type { AdminCreateFeeInvoiceBody } from "../../../../validators"

/**
 * POST /admin/companies/:id/invoices `{ your_reference?, lines }` — a recurring-fee
 * invoice typed by vendor staff (amounts in öre, excl. VAT), to the company's billing
 * profile (409 when it has none), its PDF stored and e-mailed. Audited.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminCreateFeeInvoiceBody>, res: MedusaResponse) => {
  const companyId = req.params.id
  const { profile } = await buyerOf(req.scope, companyId)
  if (!profile) {
    throw conflict("billing_profile_missing", {
      sv: "Företaget saknar faktureringsuppgifter. Fyll i dem först.",
      en: "The company has no billing profile. Fill it in first.",
    })
  }
  const { result, errors } = await issueFeeInvoiceWorkflow(req.scope).run({
    input: { company_id: companyId, your_reference: req.validatedBody.your_reference ?? null, lines: req.validatedBody.lines },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  await auditRequest(req, {
    action: "invoice.fee_issued",
    company_id: companyId,
    details: { invoice_id: result.invoice_id, number: result.display_number },
  })
  const invoice = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(result.invoice_id)
  res.status(201).json({ invoice: adminInvoiceView(invoice), email_sent: result.email_sent })
})
