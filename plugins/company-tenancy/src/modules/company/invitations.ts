import type { MembershipRole } from "@mymonitor/portal-permissions/lib/roles"

/** The link shape the design doc fixes for registration and invitation links alike. */
export type LinkStatus = "valid" | "expired" | "used" | "revoked"
export type LinkGrant = { company_id: string; role: MembershipRole }
export type LinkDescription = { email: string; grants: LinkGrant[]; status: LinkStatus }

export const DEFAULT_INVITATION_TTL_DAYS = 7

/** How long an invitation link is valid: INVITATION_TTL_DAYS (default 7, fractions allowed). */
export function invitationTtlDays(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.INVITATION_TTL_DAYS)
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_INVITATION_TTL_DAYS
}

export function invitationExpiry(from = new Date(), env: NodeJS.ProcessEnv = process.env): Date {
  return new Date(from.getTime() + invitationTtlDays(env) * 24 * 60 * 60 * 1000)
}

type InvitationLike = {
  email: string
  expires_at: Date | string
  accepted_at?: Date | string | null
  revoked_at?: Date | string | null
  grants?: { company_id: string; role: MembershipRole }[]
}

export function invitationStatus(invitation: InvitationLike, now = new Date()): LinkStatus {
  if (invitation.accepted_at) return "used"
  if (invitation.revoked_at) return "revoked"
  if (new Date(invitation.expires_at).getTime() <= now.getTime()) return "expired"
  return "valid"
}

export function describeInvitation(invitation: InvitationLike, now = new Date()): LinkDescription {
  return {
    email: invitation.email,
    grants: (invitation.grants ?? [])
      .map(({ company_id, role }) => ({ company_id, role }))
      .sort((a, b) => a.company_id.localeCompare(b.company_id)),
    status: invitationStatus(invitation, now),
  }
}

/** The one spelling of an e-mail address we store and compare. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase()
