import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forbidden, notFound, sendPortalError } from "@mymonitor/portal-security/lib/portal-errors"
import { COMPANY_MODULE, type CompanyModuleService, toCompanyWithRole } from "../modules/company"

export const COMPANY_ID_PATTERN = /^comp_[0-9A-Z]{26}$/

export const companyNotFound = (res: MedusaResponse) =>
  sendPortalError(res, notFound({ sv: "Företaget hittades inte.", en: "Company not found." }))

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

// ---- User management: the same guard, for routes that name several companies or an invitation ----

const notAdministered = () => notFound({ sv: "Företaget hittades inte.", en: "Company not found." })

/**
 * The caller must hold the admin role in the company of the URL (user management
 * area). The membership itself was checked by companyMembershipGuard (404); this is
 * the 403 for a member whose role lacks the area. portal-permissions' requireArea
 * does the same check globally; this keeps the handlers safe on their own.
 */
export function assertCompanyAdministrator(req: MedusaRequest) {
  const membership = (req as any).companyMembership
  if (!membership) throw notAdministered()
  if (membership.role !== "admin") throw forbidden()
}

/**
 * Every company id a request names (an invitation batch) must be a company the
 * caller administers; otherwise the whole request answers 404 before anything is
 * written — a company the caller does not administer is not disclosed.
 */
export async function assertAdministersCompanies(req: MedusaRequest, companyIds: string[]) {
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const ids = [...new Set(companyIds)]
  if (!customerId || !ids.length || !ids.every((id) => COMPANY_ID_PATTERN.test(id))) throw notAdministered()
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  if (!(await companyService.administersAll(customerId, ids))) throw notAdministered()
}

const INVITATION_ID_PATTERN = /^inv_[0-9A-Z]{26}$/

/** An invitation the caller may manage: they administer every company it grants. Otherwise 404. */
export async function retrieveAdministeredInvitation(req: MedusaRequest, invitationId: string) {
  const notFoundInvitation = notFound({ sv: "Inbjudan hittades inte.", en: "Invitation not found." })
  if (!INVITATION_ID_PATTERN.test(invitationId ?? "")) throw notFoundInvitation
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [invitation] = await companyService.listInvitations({ id: invitationId }, { relations: ["grants"], take: 1 })
  const companyIds = (invitation?.grants ?? []).map((grant: any) => grant.company_id as string)
  if (!invitation || !customerId || !(await companyService.administersAll(customerId, companyIds))) throw notFoundInvitation
  return invitation as any
}
