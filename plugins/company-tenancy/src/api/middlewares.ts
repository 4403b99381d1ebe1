import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { companyMembershipGuard } from "../lib/company-membership-guard"
import { validateBody, validateQuery } from "../lib/http-validation"
import { AdminCreateCompany, AdminListCompaniesQuery } from "./admin/companies/validators"
import { StoreListCompaniesQuery } from "./store/companies/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/companies*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/companies", method: ["GET"], middlewares: [validateQuery(StoreListCompaniesQuery)] },
    { matcher: "/store/companies/:id*", middlewares: [companyMembershipGuard] },
    { matcher: "/admin/companies", method: ["GET"], middlewares: [validateQuery(AdminListCompaniesQuery)] },
    { matcher: "/admin/companies", method: ["POST"], middlewares: [validateBody(AdminCreateCompany)] },
  ],
})
