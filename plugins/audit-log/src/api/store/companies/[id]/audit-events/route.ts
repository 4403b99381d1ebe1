import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE, type AuditModuleService } from "../../../../../modules/audit"
import type { AuditEventsQuery } from "./validators"

/** The company's security log, newest first (company administrators). */
export const GET = async (req: MedusaRequest<unknown, AuditEventsQuery>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const [events, count] = await req.scope
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .listAndCountAuditEvents({ company_id: req.params.id }, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({
    audit_events: events.map(({ id, action, actor_type, actor_email, ip, created_at, details }) => ({
      id,
      action,
      actor_type,
      actor_email,
      ip,
      created_at,
      details,
    })),
    count,
    limit,
    offset,
  })
}
