import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { licensingOf, portalErrorOf } from "../../../../../lib/license-views"
import type { AdminRevokeLicense } from "./validators"

/**
 * POST /admin/licenses/:id/revoke `{ reason }` — vendor staff revoke a license (a credit
 * note, a mistake, misuse). The row stays, marked; the id goes on /license-keys/revoked.json
 * and the file can no longer be downloaded. Audited as "license.revoked".
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminRevokeLicense>, res: MedusaResponse) => {
  const license = await licensingOf(req.scope)
    .revokeLicense(req.params.id, { by: req.auth_context.actor_id, reason: req.validatedBody.reason })
    .catch((error: unknown) => {
      throw portalErrorOf(error)
    })
  await auditRequest(req, {
    action: "license.revoked",
    actor_type: "user",
    company_id: license.company_id,
    details: {
      license_id: license.id,
      license_key: license.license_key,
      order_number: license.order_number,
      product_code: license.product_code,
      reason: license.revocation_reason,
    },
  })
  const { license_file: _file, ...shown } = license
  res.json({ license: { ...shown, status: licensingOf(req.scope).licenseStatus(license) } })
})
