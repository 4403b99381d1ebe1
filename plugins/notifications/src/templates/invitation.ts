import { emailTemplate } from "../lib/template"

export type InvitationRole = "admin" | "user" | "support"

export const ROLE_LABELS: Record<InvitationRole, { sv: string; en: string }> = {
  admin: { sv: "Administratör", en: "Administrator" },
  user: { sv: "Användare", en: "User" },
  support: { sv: "Supportanvändare", en: "Support user" },
}

/** A company administrator (or vendor staff) invited someone to one or more companies. */
export type InvitationData = {
  /** The invitation page, with its token (`…/sv/inbjudan?token=…`). */
  link: string
  role: InvitationRole
  companyNames: string[]
  /** The inviter's display name as they chose it; cleaned by `plainInviterName` before it is shown. */
  inviterName?: string | null
  ttlDays: number
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

export const invitation = emailTemplate<InvitationData>()({
  secret: ["link"],
  view: (data, locale) => ({ inviter: plainInviterName(data.inviterName), roleLabel: ROLE_LABELS[data.role][locale] }),
  wording: {
    sv: {
      subject: "Inbjudan till myMonitor",
      paragraphs: [
        "Hej!",
        "{{#if inviter}}{{inviter}} har bjudit in dig{{else}}Du har blivit inbjuden{{/if}} till myMonitor för " +
          '{{list companyNames "och"}} med rollen {{roleLabel}}.',
        "Öppna länken för att registrera ditt konto, eller logga in och acceptera inbjudan om du redan har ett konto:\n{{link link}}",
        "Länken gäller i {{ttlDays}} dagar och kan bara användas en gång. Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.",
      ],
    },
    en: {
      subject: "Invitation to myMonitor",
      paragraphs: [
        "Hello,",
        "{{#if inviter}}{{inviter}} has invited you{{else}}You have been invited{{/if}} to myMonitor for " +
          '{{list companyNames "and"}} with the role {{roleLabel}}.',
        "Open the link to register your account, or log in and accept the invitation if you already have an account:\n{{link link}}",
        "The link is valid for {{ttlDays}} days and can be used once. If you did not expect this invitation, you can ignore this message.",
      ],
    },
  },
})
