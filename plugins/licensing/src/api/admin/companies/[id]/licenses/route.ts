import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesById, companyNotFound, licensingOf } from "../../../../../lib/license-views"
import type { AdminListCompanyLicensesQuery } from "./validators"

/** GET /admin/companies/:id/licenses — a company's licenses for vendor staff, newest first, with status and revocation. */
export const GET = withPortalErrors(
  async (req: AuthenticatedMedusaRequest<unknown, AdminListCompanyLicensesQuery>, res: MedusaResponse) => {
    const { status, limit, offset } = req.validatedQuery
    const companies = await companiesById(req.scope, [req.params.id])
    const company = companies.get(req.params.id)
    if (!company) throw companyNotFound()
    const now = new Date()
    const [licenses, count] = await licensingOf(req.scope).listLicensesWithStatus(
      { company_id: company.id, status },
      { limit, offset, now }
    )
    res.json({
      company,
      licenses: licenses.map(({ license_file: _file, ...license }) => license),
      count,
      limit,
      offset,
    })
  }
)
