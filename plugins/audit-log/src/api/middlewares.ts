import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { AdminListAuditEventsQuery } from "./admin/audit-events/validators"
import { AuditEventsQuery } from "./store/companies/[id]/audit-events/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/audit-events", method: ["GET"], middlewares: [validateQuery(AdminListAuditEventsQuery)] },
    // "Säkerhetslogg": a company's security log, for those who manage its users.
    ...withAccess("audit-log", [
      {
        matcher: "/store/companies/:id/audit-events",
        method: ["GET"],
        access: requireArea("user_management"),
        middlewares: [validateQuery(AuditEventsQuery)],
      },
    ]),
  ],
})
