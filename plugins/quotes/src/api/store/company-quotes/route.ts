import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { quoteSummariesOf } from "../../../lib/quote-view"
import { statusFilter } from "../../../lib/quote-status"
import type { StoreListCompanyQuotesQuery } from "./validators"

/**
 * GET /store/company-quotes — Mina sidor › Offerter: the quotes of every company where the caller has
 * "my pages", newest first. A company filter outside those companies is 404, like a foreign one.
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreListCompanyQuotesQuery>, res: MedusaResponse) => {
  const { company_id, status, limit, offset } = req.validatedQuery
  const companies = await companiesWithArea(req, "my_pages", company_id)
  const now = new Date()
  const [rows, count] = await req.scope
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listAndCountQuotes(
      { company_id: companies, ...statusFilter(status, now) },
      { skip: offset, take: limit, order: { created_at: "DESC" } }
    )
  res.json({ quotes: await quoteSummariesOf(req.scope, rows, now), count, limit, offset })
})
