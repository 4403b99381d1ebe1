import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { sendInvoicePdf } from "../../../../../../../lib/invoice-view"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../../../modules/invoicing"

/** GET /store/companies/:id/invoices/:invoiceId/pdf — the invoice's PDF, after the company check (another company's invoice: 404). */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const invoice = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(req.params.invoiceId, company_id)
  await sendInvoicePdf(req.scope, res, invoice)
})
