import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { invoiceSummary } from "../../../lib/invoice-view"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../modules/invoicing"
import type { AdminListInvoicesQuery } from "../../validators"

/** GET /admin/invoices — every invoice and credit note, newest first; filters company, status, kind, order. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, AdminListInvoicesQuery>, res: MedusaResponse) => {
  const { company_id, status, kind, order_id, limit, offset } = req.validatedQuery
  const now = new Date()
  const [invoices, count] = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoiceDTOs({ company_id, status, kind, order_id }, { limit, offset }, now)
  res.json({ invoices: invoices.map((invoice) => invoiceSummary(invoice, now)), count, limit, offset })
})
