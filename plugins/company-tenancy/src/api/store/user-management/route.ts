import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { COMPANY_MODULE, type CompanyModuleService, invitationStatus, type LinkStatus, type MembershipRole } from "../../../modules/company"

type UserRow = {
  customer_id: string
  name: string
  email: string
  memberships: { company_id: string; company_name: string; role: string }[]
}

type PendingInvitation = {
  id: string
  email: string
  companies: { id: string; name: string }[]
  role: MembershipRole
  expires_at: Date
  status: LinkStatus
  send_count: number
  last_sent_at: Date
}

/**
 * GET /store/user-management — "Hantera användare": the users of every company the
 * caller administers (with each one's role per company, "Tilldelad roll") and the
 * invitations still pending there. Only those companies are shown, nothing else of
 * a user.
 * (The access declaration refuses a caller who manages users in no company: 403.)
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const companyService = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const administered = await companyService.listAdministeredMemberships(req.auth_context.actor_id)
  const companyNames = new Map<string, string>(administered.map((m) => [m.company.id, m.company.name]))
  const companyIds = [...companyNames.keys()]

  const memberships = await companyService.listMemberships({ company_id: companyIds, status: "active" })
  const customerIds = [...new Set(memberships.map((m) => m.customer_id))]
  const customers = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: customerIds }, { select: ["id", "email", "first_name", "last_name"] })
  const users = new Map<string, UserRow>()
  for (const customer of customers) {
    users.set(customer.id, {
      customer_id: customer.id,
      name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
      email: customer.email,
      memberships: [],
    })
  }
  for (const membership of memberships) {
    users.get(membership.customer_id)?.memberships.push({
      company_id: membership.company_id,
      company_name: companyNames.get(membership.company_id)!,
      role: membership.role,
    })
  }
  const byName = (a: { company_name: string }, b: { company_name: string }) => a.company_name.localeCompare(b.company_name, "sv")
  const userList = [...users.values()]
    .map((user) => ({ ...user, memberships: user.memberships.sort(byName) }))
    .sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email, "sv"))

  const grants = await companyService.listInvitationGrants(
    { company_id: companyIds },
    { relations: ["invitation"], order: { created_at: "ASC" } }
  )
  const invitations = new Map<string, PendingInvitation>()
  for (const grant of grants) {
    const invitation = grant.invitation
    if (!invitation || invitation.accepted_at || invitation.revoked_at) continue
    let row = invitations.get(invitation.id)
    if (!row) {
      row = {
        id: invitation.id,
        email: invitation.email,
        companies: [],
        role: grant.role,
        expires_at: invitation.expires_at,
        status: invitationStatus(invitation),
        send_count: invitation.send_count,
        last_sent_at: invitation.last_sent_at,
      }
      invitations.set(invitation.id, row)
    }
    row.companies.push({ id: grant.company_id, name: companyNames.get(grant.company_id)! })
  }
  const pending = [...invitations.values()]
    .map((invitation) => ({ ...invitation, companies: invitation.companies.sort((a, b) => a.name.localeCompare(b.name, "sv")) }))
    .sort((a, b) => a.email.localeCompare(b.email))

  res.json({
    companies: administered.map((m) => ({ id: m.company.id, name: m.company.name, customer_number: m.company.customer_number })),
    users: userList,
    invitations: pending,
  })
})
