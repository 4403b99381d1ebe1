import { bilingual, sendMail } from "@mymonitor/notifications/lib/mailer"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import type { MembershipRole } from "@mymonitor/portal-permissions/lib/roles"
import { invitationTtlDays } from "../modules/company/invitations"

export const ROLE_LABELS: Record<MembershipRole, { sv: string; en: string }> = {
  admin: { sv: "Administratör", en: "Administrator" },
  user: { sv: "Användare", en: "User" },
  support: { sv: "Supportanvändare", en: "Support user" },
}

export type InvitationMail = {
  email: string
  token: string
  role: MembershipRole
  company_names: string[]
  inviter_name?: string | null
}

/** The portal page an invitation link opens (Swedish first; the page offers English). */
export const invitationLink = (token: string) => portalUrl(`/sv/inbjudan?token=${encodeURIComponent(token)}`)

function listOf(names: string[], and: string) {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`
}

export const INVITER_NAME_MAX_LENGTH = 60

/**
 * The inviter's name as the mail may show it: the administrator chose it
 * themselves, so only letters, spaces, hyphens and apostrophes survive (no
 * address, link or markup a mail client could make clickable), and not too many.
 */
export function plainInviterName(name: string | null | undefined): string | null {
  const plain = (name ?? "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}' -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, INVITER_NAME_MAX_LENGTH)
    .trim()
  return /\p{L}/u.test(plain) ? plain : null
}

export function invitationMailOf(mail: InvitationMail) {
  const link = invitationLink(mail.token)
  const days = invitationTtlDays()
  const role = ROLE_LABELS[mail.role]
  const inviter = plainInviterName(mail.inviter_name)
  const inviterSv = inviter ? `${inviter} har bjudit in dig` : "Du har blivit inbjuden"
  const inviterEn = inviter ? `${inviter} has invited you` : "You have been invited"
  const sv =
    `Hej!\n\n${inviterSv} till myMonitor för ${listOf(mail.company_names, "och")} med rollen ${role.sv}.\n\n` +
    `Öppna länken för att registrera ditt konto, eller logga in och acceptera inbjudan om du redan har ett konto:\n${link}\n\n` +
    `Länken gäller i ${days} dagar och kan bara användas en gång. Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.`
  const en =
    `Hello,\n\n${inviterEn} to myMonitor for ${listOf(mail.company_names, "and")} with the role ${role.en}.\n\n` +
    `Open the link to register your account, or log in and accept the invitation if you already have an account:\n${link}\n\n` +
    `The link is valid for ${days} days and can be used once. If you did not expect this invitation, you can ignore this message.`
  return {
    to: mail.email,
    subject: "Inbjudan till myMonitor / Invitation to myMonitor",
    text: bilingual(sv, en),
  }
}

export async function sendInvitationMail(mail: InvitationMail): Promise<void> {
  await sendMail(invitationMailOf(mail))
}
