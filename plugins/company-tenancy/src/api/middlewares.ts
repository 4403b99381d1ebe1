import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/portal-security/lib/http-validation"
import { companyMembershipGuard } from "../lib/company-membership-guard"
import { AdminListAuditEventsQuery } from "./admin/audit-events/validators"
import { AdminCreateCompany, AdminListCompaniesQuery } from "./admin/companies/validators"
import { StoreListCompaniesQuery } from "./store/companies/validators"
import { StoreChangeMemberRole, StoreSendInvitations } from "./store/user-management/validators"

const customerSession = authenticate("customer", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    { matcher: "/store/companies*", middlewares: [customerSession] },
    { matcher: "/store/companies", method: ["GET"], middlewares: [validateQuery(StoreListCompaniesQuery)] },
    // The one tenancy guard: a company in the URL that is not the caller's answers 404.
    // The role → area check (403) for /users is portal-permissions' requireArea("user_management");
    // the handlers check the admin role as well.
    { matcher: "/store/companies/:id*", middlewares: [companyMembershipGuard] },
    {
      matcher: "/store/companies/:id/users/:customerId",
      method: ["PATCH"],
      middlewares: [validateBody(StoreChangeMemberRole)],
    },
    { matcher: "/store/user-management*", middlewares: [customerSession] },
    { matcher: "/store/invitations*", middlewares: [customerSession] },
    { matcher: "/store/invitations", method: ["POST"], middlewares: [validateBody(StoreSendInvitations)] },
    { matcher: "/admin/companies", method: ["GET"], middlewares: [validateQuery(AdminListCompaniesQuery)] },
    { matcher: "/admin/companies", method: ["POST"], middlewares: [validateBody(AdminCreateCompany)] },
    { matcher: "/admin/audit-events", method: ["GET"], middlewares: [validateQuery(AdminListAuditEventsQuery)] },
  ],
})
