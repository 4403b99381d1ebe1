import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesById, licenseView, licensingOf } from "../../../lib/license-views"
import type { StoreListLicensesQuery } from "./validators"

/**
 * GET /store/licenses — Mina sidor › Licenser: the licenses of every company where the
 * caller has "Mina sidor" (or of the ones asked for), newest first, each with its status,
 * company, term, renewal date and order number. Never the license file itself.
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest<unknown, StoreListLicensesQuery>, res: MedusaResponse) => {
  const { company_id, status, limit, offset } = req.validatedQuery
  const companyIds = await companiesWithArea(req, "my_pages", company_id)
  const now = new Date()
  const [licenses, count] = await licensingOf(req.scope).listLicensesWithStatus({ company_id: companyIds, status }, { limit, offset, now })
  const companies = await companiesById(req.scope, companyIds)
  res.json({ licenses: licenses.map((license) => licenseView(license, companies, now)), count, limit, offset })
})
