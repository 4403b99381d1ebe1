import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { AdminListCompanyLicensesQuery } from "./admin/companies/[id]/licenses/validators"
import { AdminRevokeLicense } from "./admin/licenses/[id]/revoke/validators"
import { AdminUpsertLicenseTerms } from "./admin/product-variants/[id]/license-terms/validators"
import { StoreExportLicensesQuery, StoreListLicensesQuery } from "./store/licenses/validators"

// /license-keys/jwks.json and /license-keys/revoked.json are public and outside /store: no gate, no publishable key.
export default defineMiddlewares({
  routes: [
    // Mina sidor › Licenser: across the caller's companies with "Mina sidor", and one company's license.
    ...withAccess("licensing", [
      {
        matcher: "/store/licenses",
        method: ["GET"],
        access: requireArea("my_pages"),
        middlewares: [validateQuery(StoreListLicensesQuery)],
      },
      {
        matcher: "/store/licenses/export.csv",
        method: ["GET"],
        access: requireArea("my_pages"),
        middlewares: [validateQuery(StoreExportLicensesQuery)],
      },
      { matcher: "/store/companies/:id/licenses/:licenseId", method: ["GET"], access: requireArea("my_pages") },
      { matcher: "/store/companies/:id/licenses/:licenseId/file", method: ["GET"], access: requireArea("my_pages") },
    ]),
    { matcher: "/admin/companies/:id/licenses", method: ["GET"], middlewares: [validateQuery(AdminListCompanyLicensesQuery)] },
    { matcher: "/admin/licenses/:id/revoke", method: ["POST"], middlewares: [validateBody(AdminRevokeLicense)] },
    { matcher: "/admin/product-variants/:id/license-terms", method: ["POST"], middlewares: [validateBody(AdminUpsertLicenseTerms)] },
  ],
})
