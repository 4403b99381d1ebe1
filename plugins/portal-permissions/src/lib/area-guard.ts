import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { forbidden, notFound, sendPortalError } from "@mymonitor/portal-security/lib/portal-errors"
import { type PortalArea, roleGrantsArea } from "./role-areas"

const COMPANY_ID_PATTERN = /^comp_[0-9A-Z]{26}$/

const companyNotFound = () => notFound({ sv: "Företaget hittades inte.", en: "Company not found." })

/**
 * The role check of the one guard, for `/store/companies/:id/<area>/...`: a
 * non-member gets 404 (the company's existence is not disclosed), a member whose
 * role lacks the area 403. The membership is kept on the request for the handler.
 */
export function requireArea(area: PortalArea) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    const companyId = req.params.id
    if (!customerId || !COMPANY_ID_PATTERN.test(companyId ?? "")) return sendPortalError(res, companyNotFound())
    let membership
    try {
      membership = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).retrieveActiveMembership(companyId, customerId)
    } catch {
      return sendPortalError(res, companyNotFound())
    }
    if (!roleGrantsArea(membership.role, area)) return sendPortalError(res, forbidden())
    ;(req as any).companyMembership = membership
    next()
  }
}

/** Which area each company sub-route belongs to; the middlewares register `requireArea` from this list. */
export const COMPANY_AREA_ROUTES: readonly { matcher: string; area: PortalArea }[] = [
  { matcher: "/store/companies/:id/users*", area: "user_management" },
  { matcher: "/store/companies/:id/audit-events*", area: "user_management" },
  { matcher: "/store/companies/:id/support*", area: "support" },
  { matcher: "/store/companies/:id/my-pages*", area: "my_pages" },
  { matcher: "/store/companies/:id/store*", area: "store" },
]
