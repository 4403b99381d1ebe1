import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, requireMember, requireSession, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { provideMembershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { companyMembershipSource } from "../lib/membership-source"
import { AdminCreateCompany, AdminListCompaniesQuery } from "./admin/companies/validators"
import { StoreListCompaniesQuery } from "./store/companies/validators"
import { StoreChangeMemberRole, StoreSendInvitations } from "./store/user-management/validators"

// The access layer reads memberships through this port (portal-permissions sits below this plugin).
provideMembershipSource(companyMembershipSource)

export default defineMiddlewares({
  routes: [
    ...withAccess("company-tenancy", [
      // "Översikt": the caller's own companies.
      { matcher: "/store/companies", method: ["GET"], access: requireSession(), middlewares: [validateQuery(StoreListCompaniesQuery)] },
      { matcher: "/store/companies/:id", method: ["GET"], access: requireMember() },
      // "Hantera användare" of one company.
      {
        matcher: "/store/companies/:id/users/:customerId",
        method: ["PATCH"],
        access: requireArea("user_management"),
        middlewares: [validateBody(StoreChangeMemberRole)],
      },
      { matcher: "/store/companies/:id/users/:customerId", method: ["DELETE"], access: requireArea("user_management") },
      // Across companies: the handlers answer only for companies where the caller manages users
      // (or, accepting, for the invitation addressed to the caller); any other id is 404.
      { matcher: "/store/user-management", method: ["GET"], access: requireArea("user_management") },
      { matcher: "/store/invitations", method: ["POST"], access: requireSession(), middlewares: [validateBody(StoreSendInvitations)] },
      { matcher: "/store/invitations/:id", method: ["DELETE"], access: requireSession() },
      { matcher: "/store/invitations/:id/resend", method: ["POST"], access: requireSession() },
      { matcher: "/store/invitations/:id/accept", method: ["POST"], access: requireSession() },
    ]),
    { matcher: "/admin/companies", method: ["GET"], middlewares: [validateQuery(AdminListCompaniesQuery)] },
    { matcher: "/admin/companies", method: ["POST"], middlewares: [validateBody(AdminCreateCompany)] },
  ],
})
