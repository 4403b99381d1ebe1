import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { sendInvoicePdf } from "../../../../../lib/invoice-view"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../modules/invoicing"

/** GET /admin/invoices/:id/pdf — the invoice's PDF for vendor staff. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const invoice = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(req.params.id)
  await sendInvoicePdf(req.scope, res, invoice)
})
