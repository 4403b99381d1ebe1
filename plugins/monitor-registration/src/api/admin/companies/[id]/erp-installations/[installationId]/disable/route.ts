import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { installationOfUrl, installationsOf } from "../../helpers"

/**
 * POST /admin/companies/:id/erp-installations/:installationId/disable — the ERP's
 * requests are refused from now on (401) and its unused links stop working.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company, installation: current } = await installationOfUrl(req)
  const installation = await installationsOf(req).disableInstallation(current.id)
  if (current.status === "active") {
    await auditRequest(req, {
      action: "erp_installation.disabled",
      actor_type: "user",
      company_id: company.id,
      details: { installation_id: installation.id },
    })
  }
  res.json({ erp_installation: installation })
})
