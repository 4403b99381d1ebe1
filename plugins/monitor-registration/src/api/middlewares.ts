import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody } from "@mymonitor/common/lib/http-validation"
import { requireSession, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { readRawBody } from "../lib/raw-body"
import { AdminCreateErpInstallation, AdminEmptyBody } from "./admin/companies/[id]/erp-installations/validators"

export default defineMiddlewares({
  routes: [
    {
      // The signature covers the raw bytes, and the contract checks it (401) before
      // the JSON (400): Medusa's parsers stay off here and the route reads the bytes.
      matcher: "/erp/v1/admin-registrations",
      method: ["POST"],
      bodyParser: false,
      middlewares: [readRawBody],
    },
    // A logged-in customer accepts a registration link addressed to their own e-mail.
    ...withAccess("monitor-registration", [
      { matcher: "/store/admin-registrations/:token/accept", method: ["POST"], access: requireSession() },
    ]),
    {
      matcher: "/admin/companies/:id/erp-installations",
      method: ["POST"],
      middlewares: [validateBody(AdminCreateErpInstallation)],
    },
    {
      matcher: "/admin/companies/:id/erp-installations/:installationId/rotate",
      method: ["POST"],
      middlewares: [validateBody(AdminEmptyBody)],
    },
    {
      matcher: "/admin/companies/:id/erp-installations/:installationId/disable",
      method: ["POST"],
      middlewares: [validateBody(AdminEmptyBody)],
    },
  ],
})
