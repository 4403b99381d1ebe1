import { isMembershipRole, MEMBERSHIP_ROLES } from "@/lib/permissions/roles"
import type { Role } from "@/lib/permissions/areas"
import { bearer, callBackend, type BackendResult } from "./backend"

// "Hantera användare": the users and pending invitations of the companies the caller administers,
// and the changes an administrator makes there (plugins/company-tenancy's store routes).

export type MembershipRole = Role
export { isMembershipRole, MEMBERSHIP_ROLES }

export interface AdministeredCompany {
  id: string
  name: string
  customer_number?: string
}

export interface ManagedUser {
  customer_id: string
  name: string
  email: string
  memberships: { company_id: string; company_name: string; role: string }[]
}

export interface PendingInvitation {
  id: string
  email: string
  companies: { id: string; name: string }[]
  role: string
  expires_at: string
  status: "valid" | "expired" | "used" | "revoked" | string
  send_count?: number
  last_sent_at?: string | null
}

export interface UserManagement {
  companies: AdministeredCompany[]
  users: ManagedUser[]
  invitations: PendingInvitation[]
}

export async function retrieveUserManagement(token: string): Promise<BackendResult<UserManagement>> {
  const result = await callBackend<Partial<UserManagement>>("/store/user-management", { headers: bearer(token) })
  if (!result.ok) return result
  return {
    ok: true,
    status: result.status,
    data: { companies: result.data.companies ?? [], users: result.data.users ?? [], invitations: result.data.invitations ?? [] },
  }
}

const companyUserPath = (companyId: string, customerId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/users/${encodeURIComponent(customerId)}`

export async function changeMemberRole(token: string, companyId: string, customerId: string, role: MembershipRole) {
  return callBackend<{ membership: { company_id: string; customer_id: string; role: string } }>(companyUserPath(companyId, customerId), {
    method: "PATCH",
    body: { role },
    headers: bearer(token),
  })
}

export async function removeMember(token: string, companyId: string, customerId: string) {
  return callBackend<{ deleted: boolean }>(companyUserPath(companyId, customerId), { method: "DELETE", headers: bearer(token) })
}

export interface InvitationRow {
  email: string
  company_ids: string[]
  role: MembershipRole
}

export async function sendInvitations(token: string, invitations: InvitationRow[]) {
  return callBackend<{ invitations: { id: string; email: string; company_ids: string[]; role: string; expires_at: string }[] }>(
    "/store/invitations",
    { method: "POST", body: { invitations }, headers: bearer(token) }
  )
}

export async function resendInvitation(token: string, invitationId: string) {
  return callBackend(`/store/invitations/${encodeURIComponent(invitationId)}/resend`, { method: "POST", body: {}, headers: bearer(token) })
}

export async function revokeInvitation(token: string, invitationId: string) {
  return callBackend(`/store/invitations/${encodeURIComponent(invitationId)}`, { method: "DELETE", headers: bearer(token) })
}

/**
 * The rows of the "Bjud in användare" form as the backend wants them: blank rows (no e-mail and
 * no company) are dropped, e-mail trimmed, the role defaults to Användare. Indexes stay those of
 * the form, so that the backend's `invitations.N.field` errors point at the right row; the map
 * from sent index to form index is returned with them.
 */
export function invitationRowsFrom(formData: FormData): { rows: InvitationRow[]; formIndexes: number[] } {
  const indexes = new Set<number>()
  for (const key of formData.keys()) {
    const match = /^invitations\.(\d+)\./.exec(key)
    if (match) indexes.add(Number(match[1]))
  }
  const rows: InvitationRow[] = []
  const formIndexes: number[] = []
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const email = String(formData.get(`invitations.${index}.email`) ?? "").trim()
    const company_ids = formData.getAll(`invitations.${index}.company_ids`).map(String).filter(Boolean)
    const role = formData.get(`invitations.${index}.role`)
    if (!email && company_ids.length === 0) continue
    rows.push({ email, company_ids, role: isMembershipRole(role) ? role : "user" })
    formIndexes.push(index)
  }
  return { rows, formIndexes }
}

/** The backend's field errors (`invitations.<sent index>.email`) renamed to the form's row indexes. */
export function fieldsToFormRows(
  fields: Record<string, string[]> | undefined,
  formIndexes: readonly number[]
): Record<string, string[]> | undefined {
  if (!fields) return undefined
  const renamed: Record<string, string[]> = {}
  for (const [name, messages] of Object.entries(fields)) {
    const match = /^invitations\.(\d+)(\..*)?$/.exec(name)
    const key =
      match && formIndexes[Number(match[1])] !== undefined ? `invitations.${formIndexes[Number(match[1])]}${match[2] ?? ""}` : name
    ;(renamed[key] ??= []).push(...messages)
  }
  return renamed
}
