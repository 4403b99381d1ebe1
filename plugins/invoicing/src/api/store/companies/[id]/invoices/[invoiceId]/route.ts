import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { storeInvoiceView } from "../../../../../../lib/invoice-view"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../../../../modules/invoicing"

/** GET /store/companies/:id/invoices/:invoiceId — one invoice of the company with its lines and status (an invoice of another company: 404). */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const invoice = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(req.params.invoiceId, company_id)
  res.json({ invoice: storeInvoiceView(invoice) })
})
