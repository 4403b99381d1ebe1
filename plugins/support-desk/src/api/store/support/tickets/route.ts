import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { strapiOf } from "../../../../lib/support-desk"
import type { Page, TicketSummary } from "../../../../lib/strapi-types"
import { companyChoices, companyNamesOf, pageOf, withCompanyNames } from "../../../../lib/tickets"
import type { StoreListTicketsQuery } from "./validators"

/**
 * GET /store/support/tickets — "Supportärenden": every ticket of every company where the caller
 * has "support", in one list. A company filter naming a company outside that list is "not
 * found", like a foreign one; Strapi is asked for exactly the allowed companies. One call to
 * Strapi (the page and its total) and, beside it, one read of the names of those companies,
 * which name the page's tickets (all in the list) and the filter.
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreListTicketsQuery>, res: MedusaResponse) => {
  const { company_id, status, q, order, limit, offset } = req.validatedQuery
  const companies = await companiesWithArea(req, "support")
  // A company outside the caller's list is 404, like an unknown one.
  const asked = company_id ? await companiesWithArea(req, "support", company_id) : companies
  const page = pageOf(offset, limit)
  const [{ body }, names] = await Promise.all([
    strapiOf(req.scope).json<{ data: TicketSummary[]; meta: { pagination?: Page } & Partial<Page> }>({
      method: "GET",
      path: "/api/portal/tickets",
      query: { companies: asked, status, q, sort: order, page: page.page, pageSize: page.pageSize },
    }),
    companyNamesOf(req.scope, companies),
  ])
  const total = body.meta?.total ?? body.meta?.pagination?.total ?? body.data.length
  res.json({
    tickets: withCompanyNames(body.data, names),
    count: total,
    offset: page.offset,
    limit,
    companies: companyChoices(companies, names),
  })
})
