import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validateBody } from "@mymonitor/portal-security/lib/http-validation"
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
    {
      // portal-permissions' guard admits only complete portal sessions to /store/*;
      // this makes the customer known to the route (and refuses no session) on its own too.
      matcher: "/store/admin-registrations/:token/accept",
      method: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
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
