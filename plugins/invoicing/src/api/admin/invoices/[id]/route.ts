import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { adminInvoiceView, invoiceSummary } from "../../../../lib/invoice-view"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../modules/invoicing"

/** GET /admin/invoices/:id — one invoice with its lines and status, and the credit note that credits it, if any. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const invoice = await service.retrieveInvoiceDTO(req.params.id)
  const [credit] =
    invoice.kind === "invoice" ? await service.listInvoices({ credited_invoice_id: invoice.id }, { take: 1, select: ["id"] }) : []
  const creditNote = credit ? await service.retrieveInvoiceDTO(credit.id) : null
  res.json({ invoice: adminInvoiceView(invoice), credit_note: creditNote ? invoiceSummary(creditNote) : null })
})
