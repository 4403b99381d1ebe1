import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { toInstallationView } from "../../../../../modules/monitor-registration"
import { companyOfUrl, installationsOf } from "./helpers"
import type { AdminCreateErpInstallation } from "./validators"

/** GET /admin/companies/:id/erp-installations — the company's ERP installations (never their secrets) and its ERP facts. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await companyOfUrl(req)
  const registrations = installationsOf(req)
  const installations = await registrations.listErpInstallations({ company_id: company.id }, { order: { created_at: "DESC" } })
  const facts = await registrations.erpFactsOf([company.id])
  res.json({ company, erp_facts: facts.get(company.id), erp_installations: installations.map(toInstallationView) })
})

/**
 * POST /admin/companies/:id/erp-installations — a new installation; the answer
 * carries the shared secret, the only time it is ever shown.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminCreateErpInstallation>, res: MedusaResponse) => {
  const company = await companyOfUrl(req)
  const { label } = req.validatedBody
  const { installation, secret } = await installationsOf(req).createInstallation({ company_id: company.id, label: label || null })
  await auditRequest(req, {
    action: "erp_installation.created",
    actor_type: "user",
    company_id: company.id,
    details: { installation_id: installation.id, label: installation.label },
  })
  res.status(201).json({ erp_installation: installation, secret })
})
