import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { notFound } from "@mymonitor/common/lib/portal-errors"
import type { GatedRequest } from "./access-gate"
import { membershipSource } from "./membership-source"
import { roleGrantsArea, type PortalArea } from "./role-areas"

/**
 * The companies of a cross-company list (Mina sidor, Support): those where the caller's role grants
 * the area, narrowed to the requested ones. A requested company outside that set — another
 * company's, or one where the role lacks the area — is 404, like an unknown one. The memberships are
 * those the gate read for this request when it did.
 */
export async function companiesWithArea(
  req: AuthenticatedMedusaRequest,
  area: PortalArea,
  requested?: string | readonly string[]
): Promise<string[]> {
  const memberships =
    (req as GatedRequest).activeMemberships ?? (await membershipSource().activeMemberships(req.scope, req.auth_context.actor_id))
  const allowed = memberships.filter((membership) => roleGrantsArea(membership.role, area)).map((membership) => membership.company_id)
  const wanted = requested === undefined ? [] : typeof requested === "string" ? [requested] : [...new Set(requested)]
  if (!wanted.length) return allowed
  if (!wanted.every((id) => allowed.includes(id))) throw notFound({ sv: "Företaget hittades inte.", en: "Company not found." })
  return wanted
}
