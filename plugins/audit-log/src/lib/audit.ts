import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { AUDIT_MODULE, type AuditModuleService, type AuditRecord } from "../modules/audit"
import { Modules } from "@medusajs/framework/utils"
import { clientAddress, userAgentOf } from "@mymonitor/common/lib/client-address"

async function staffEmailOf(req: MedusaRequest, userId: string): Promise<string | null> {
  const [user] = await req.scope
    .resolve(Modules.USER)
    .listUsers({ id: userId }, { select: ["email"], take: 1 })
    .catch(() => [])
  return user?.email ?? null
}

/**
 * Records a security event of a request: the client address and user agent come
 * from the request, the actor from its session unless given.
 */
export async function auditRequest(
  req: MedusaRequest,
  event: Omit<AuditRecord, "ip" | "user_agent" | "actor_type"> & { actor_type?: AuditRecord["actor_type"] },
  companyIds?: string[]
): Promise<void> {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const actorType = event.actor_type ?? (auth?.actor_type === "user" ? "user" : auth?.actor_id ? "customer" : "anonymous")
  // Vendor staff act from the admin, whose session names no e-mail: the log says who all the same.
  const staffEmail =
    !event.actor_email && actorType === "user" && auth?.actor_type === "user" && auth.actor_id
      ? await staffEmailOf(req, auth.actor_id)
      : null
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record(
    {
      ...event,
      actor_type: actorType,
      actor_id: event.actor_id ?? (auth?.actor_id || null),
      // A portal session names its e-mail: every event of a logged-in person says who.
      actor_email: event.actor_email ?? staffEmail ?? ((auth as { portal_email?: string } | undefined)?.portal_email || null),
      ip: clientAddress(req),
      user_agent: userAgentOf(req),
    },
    companyIds
  )
}
