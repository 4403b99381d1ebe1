import { defineMiddlewares } from "@medusajs/framework/http"
import { refusePoweredByHeader } from "@mymonitor/common/lib/powered-by"
import { requireSession, withAccess } from "../lib/access"
import { accessGate } from "../lib/access-gate"
import { declareCoreRouteAccess } from "../lib/core-route-access"

refusePoweredByHeader()
declareCoreRouteAccess()

export default defineMiddlewares({
  routes: [
    // The one gate: every customer-facing route, core or ours, by its declared access.
    { matcher: "/store*", middlewares: [accessGate] },
    { matcher: "/auth*", middlewares: [accessGate] },
    ...withAccess("portal-permissions", [{ matcher: "/store/permissions", method: ["GET"], access: requireSession() }]),
  ],
})
