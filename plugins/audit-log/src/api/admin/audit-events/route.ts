import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminListAuditEventsQuery } from "./validators"
import { AUDIT_MODULE, type AuditModuleService } from "../../../modules/audit"

/** GET /admin/audit-events — the whole audit log for vendor staff, newest first, filtered by company, action or actor. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListAuditEventsQuery>, res: MedusaResponse) {
  const { company_id, action, actor_id, limit, offset } = req.validatedQuery
  const filters: Record<string, string> = {}
  if (company_id) filters.company_id = company_id
  if (action) filters.action = action
  if (actor_id) filters.actor_id = actor_id
  const audit = req.scope.resolve<AuditModuleService>(AUDIT_MODULE)
  const [events, count] = await audit.listAndCountAuditEvents(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({ audit_events: events, count, limit, offset })
}
