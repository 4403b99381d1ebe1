import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { conflict, PortalError, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { adminInvoiceView } from "../../../../../lib/invoice-view"
import { throwWorkflowError } from "../../../../../lib/workflow-errors"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"
import type { AdminMarkPaidBody } from "../../../../validators"

type OrderPayments = {
  payment_collections?: { payments?: { id: string; captured_at?: Date | null; canceled_at?: Date | null }[] | null }[] | null
}

/** The order's payments that are authorized and neither captured nor canceled. */
async function uncapturedPayments(req: AuthenticatedMedusaRequest, orderId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderPayments | undefined
  return (order?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => !payment.captured_at && !payment.canceled_at)
    .map((payment) => payment.id)
}

/**
 * POST /admin/invoices/:id/mark-paid `{ paid_at? }` — records the payment. When the
 * invoice is for an order whose payment is authorized and not captured, the payment
 * is captured first (core's capturePaymentWorkflow). Audited. Paying a paid invoice
 * again changes nothing.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminMarkPaidBody>, res: MedusaResponse) => {
  const service = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const staffId = req.auth_context.actor_id
  const invoice = await service.retrieveInvoiceDTO(req.params.id)
  if (invoice.kind === "credit_note")
    throw new PortalError(400, "not_payable", { sv: "En kreditfaktura betalas inte.", en: "A credit note is not paid." })
  if (invoice.credited_at) throw conflict("invoice_credited", { sv: "Fakturan är krediterad.", en: "The invoice has been credited." })
  if (invoice.paid_at) return res.json({ invoice: adminInvoiceView(invoice), captured_payment_ids: [] })

  const captured: string[] = []
  for (const paymentId of invoice.order_id ? await uncapturedPayments(req, invoice.order_id) : []) {
    const { errors } = await capturePaymentWorkflow(req.scope).run({
      input: { payment_id: paymentId, captured_by: staffId },
      throwOnError: false,
    })
    throwWorkflowError(errors)
    captured.push(paymentId)
  }
  await service.markPaid(invoice.id, { by: staffId, paid_at: req.validatedBody.paid_at })
  const paid = await service.retrieveInvoiceDTO(invoice.id)
  await auditRequest(req, {
    action: "invoice.marked_paid",
    company_id: invoice.company_id,
    details: { invoice_id: invoice.id, number: invoice.display_number, paid_at: paid.paid_at, captured_payment_ids: captured },
  })
  res.json({ invoice: adminInvoiceView(paid), captured_payment_ids: captured })
})
