import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { COMPANY_MODULE, type CompanyModuleService, toCompanyWithRole } from "../modules/company"

const COMPANY_ID_PATTERN = /^comp_[0-9A-Z]{26}$/

export const companyNotFound = (res: MedusaResponse) =>
  res.status(404).json({ code: "not_found", message: "Företaget hittades inte / Company not found" })

/**
 * The tenancy guard for every `/store/companies/:id/...` route: the company in
 * the URL must be one of the caller's, else 404 (never 403: another company's
 * existence is not disclosed). The membership is kept on the request for the
 * role check and the handler.
 */
export async function companyMembershipGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const companyId = req.params.id
  if (!customerId || !COMPANY_ID_PATTERN.test(companyId ?? "")) return companyNotFound(res)
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  try {
    ;(req as any).companyMembership = await companyService.retrieveActiveMembership(companyId, customerId)
  } catch {
    return companyNotFound(res)
  }
  next()
}

export function companyWithRole(req: MedusaRequest) {
  return toCompanyWithRole((req as any).companyMembership)
}
