import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { membershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { roleGrantsArea, type PortalArea } from "@mymonitor/portal-permissions/lib/role-areas"

/** The companies where the caller's role grants the area (the cross-company lists of Mina sidor). */
export async function companiesWithArea(req: AuthenticatedMedusaRequest, area: PortalArea): Promise<string[]> {
  const memberships = await membershipSource().activeMemberships(req.scope, req.auth_context.actor_id)
  return memberships.filter((membership) => roleGrantsArea(membership.role, area)).map((membership) => membership.company_id)
}
