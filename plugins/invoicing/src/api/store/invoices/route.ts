import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { invoiceSummary } from "../../../lib/invoice-view"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../../modules/invoicing"
import type { StoreListInvoicesQuery } from "../../validators"

/**
 * GET /store/invoices — Mina sidor › Fakturor: the invoices and credit notes of every
 * company where the caller's role has "my_pages", newest first; `company_id` narrows
 * to one of them (any other company: 404), `status` to unpaid, paid, overdue or credited.
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreListInvoicesQuery>, res: MedusaResponse) => {
  const { company_id, status, limit, offset } = req.validatedQuery
  const companies = await companiesWithArea(req, "my_pages", company_id)
  const now = new Date()
  const [invoices, count] = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoiceDTOs({ company_id: companies, status }, { limit, offset }, now)
  res.json({ invoices: invoices.map((invoice) => invoiceSummary(invoice, now)), count, limit, offset })
})
