import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { conflict, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { installationOfUrl, installationsOf } from "../../helpers"

/**
 * POST /admin/companies/:id/erp-installations/:installationId/rotate — a new
 * shared secret, shown in this answer only; the old one stops working at once.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company, installation: current } = await installationOfUrl(req)
  if (current.status !== "active") {
    throw conflict("installation_disabled", {
      sv: "Installationen är avstängd; en avstängd installation får ingen ny hemlighet.",
      en: "The installation is disabled; a disabled installation gets no new secret.",
    })
  }
  const { installation, secret } = await installationsOf(req).rotateInstallationSecret(current.id)
  await auditRequest(req, {
    action: "erp_installation.rotated",
    actor_type: "user",
    company_id: company.id,
    details: { installation_id: installation.id },
  })
  res.json({ erp_installation: installation, secret })
})
