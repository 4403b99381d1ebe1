import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { membershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { roleGrantsArea } from "@mymonitor/portal-permissions/lib/role-areas"
import { companyNotFound } from "../../../lib/license-views"

/**
 * The companies whose licenses the caller may list: those where their role grants
 * "Mina sidor", narrowed to the requested ones. A requested company outside that set
 * (another company's, or one where the caller is support only) is 404, like an unknown one.
 */
export async function licenseCompaniesOf(req: AuthenticatedMedusaRequest, requested?: readonly string[]): Promise<string[]> {
  const memberships = await membershipSource().activeMemberships(req.scope, req.auth_context.actor_id)
  const allowed = new Set(memberships.filter((m) => roleGrantsArea(m.role, "my_pages")).map((m) => m.company_id))
  if (!requested?.length) return [...allowed]
  if (!requested.every((id) => allowed.has(id))) throw companyNotFound()
  return [...new Set(requested)]
}
