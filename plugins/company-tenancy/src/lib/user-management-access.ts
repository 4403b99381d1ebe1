import type { MedusaRequest } from "@medusajs/framework/http"
import { notFound } from "@mymonitor/common/lib/portal-errors"
import { assertAreaInCompanies } from "@mymonitor/portal-permissions/lib/access-gate"
import { COMPANY_MODULE, type CompanyModuleService } from "../modules/company"

const INVITATION_ID_PATTERN = /^inv_[0-9A-Z]{26}$/

const invitationNotFound = () => notFound({ sv: "Inbjudan hittades inte.", en: "Invitation not found." })

/**
 * An invitation the caller may manage: they may manage users in every company it
 * grants (the one access layer decides). Otherwise 404.
 */
export async function retrieveManagedInvitation(req: MedusaRequest, invitationId: string) {
  if (!INVITATION_ID_PATTERN.test(invitationId ?? "")) throw invitationNotFound()
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [invitation] = await companyService.listInvitations({ id: invitationId }, { relations: ["grants"], take: 1 })
  if (!invitation) throw invitationNotFound()
  await assertAreaInCompanies(
    req,
    "user_management",
    invitation.grants.map((grant) => grant.company_id),
    invitationNotFound
  )
  return invitation
}
