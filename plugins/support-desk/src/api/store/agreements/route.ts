import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import type { Agreement, Page } from "../../../lib/strapi-types"
import { strapiOf } from "../../../lib/support-desk"
import { companyChoices, companyNamesOf, pageOf, withCompanyNames } from "../../../lib/tickets"
import type { StoreListAgreementsQuery } from "./validators"

/**
 * GET /store/agreements — Mina sidor › Avtal: the agreements of every company where the caller
 * has "my pages". A company filter outside that list is "not found".
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreListAgreementsQuery>, res: MedusaResponse) => {
  const { company_id, status, limit, offset } = req.validatedQuery
  const companies = await companiesWithArea(req, "my_pages")
  // A company outside the caller's list is 404, like an unknown one.
  const asked = company_id ? await companiesWithArea(req, "my_pages", company_id) : companies
  const page = pageOf(offset, limit)
  // The names of the caller's companies name both the agreements (all among them) and the filter.
  const [{ body }, names] = await Promise.all([
    strapiOf(req.scope).json<{ data: Agreement[]; meta: { pagination?: Page } & Partial<Page> }>({
      method: "GET",
      path: "/api/portal/agreements",
      query: { companies: asked, status, page: page.page, pageSize: page.pageSize },
    }),
    companyNamesOf(req.scope, companies),
  ])
  res.json({
    agreements: withCompanyNames(body.data, names),
    count: body.meta?.total ?? body.meta?.pagination?.total ?? body.data.length,
    offset: page.offset,
    limit,
    companies: companyChoices(companies, names),
  })
})
