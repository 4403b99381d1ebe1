import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { gone, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { licenseOfCompany } from "../../../../../../../lib/license-views"

/**
 * GET /store/companies/:id/licenses/:licenseId/file — the signed license file
 * (`<license key>.lic`, a compact JWS, docs/license-format.md) to load into Monitor ERP.
 * A revoked license has no file to install any more (410).
 */
export const GET = withPortalErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const license = await licenseOfCompany(req.scope, company_id, req.params.licenseId)
  if (license.revoked_at) {
    throw gone("license_revoked", {
      sv: "Licensen är spärrad och kan inte laddas ner.",
      en: "The license is revoked and cannot be downloaded.",
    })
  }
  res.setHeader("Content-Type", "application/jose")
  res.setHeader("Content-Disposition", `attachment; filename="${license.license_key}.lic"`)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(200).send(license.license_file)
})
