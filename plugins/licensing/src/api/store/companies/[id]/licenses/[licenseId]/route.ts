import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { companiesById, licenseOfCompany, licenseView } from "../../../../../../lib/license-views"

/**
 * GET /store/companies/:id/licenses/:licenseId — one license of the company (the gate has
 * checked "Mina sidor" there); another company's license is 404. The file is its own download.
 */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const license = await licenseOfCompany(req.scope, company_id, req.params.licenseId)
  const companies = await companiesById(req.scope, [company_id])
  res.json({
    license: {
      ...licenseView(license, companies),
      customer_number: license.customer_number,
      organisation_number: license.organisation_number,
      file_name: `${license.license_key}.lic`,
    },
  })
})
