import type { MedusaContainer } from "@medusajs/framework/types"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { sendMessage, type SendMessageResult } from "@mymonitor/notifications"
import type { MembershipRole } from "@mymonitor/portal-permissions/lib/roles"
import { invitationTtlDays } from "../modules/company/invitations"

/** The portal page an invitation link opens (Swedish first; the page offers English). */
export const invitationLink = (token: string) => portalUrl(`/sv/inbjudan?token=${encodeURIComponent(token)}`)

export type InvitationNotice = {
  invitation_id: string
  email: string
  /** The link's plain token: it reaches the e-mail, never the stored notification. */
  token: string
  role: MembershipRole
  company_names: string[]
  /** The inviter's display name as they chose it; the template cleans it before showing it. */
  inviter_name?: string | null
}

/**
 * E-mails an invitation its link (template `invitation` of @mymonitor/notifications).
 * Never throws: a failed send is logged and recorded as a failed notification, and
 * the invitation stands (it can be resent).
 */
export function sendInvitationMessage(container: MedusaContainer, notice: InvitationNotice): Promise<SendMessageResult> {
  return sendMessage(container, {
    template: "invitation",
    to: notice.email,
    data: {
      link: invitationLink(notice.token),
      role: notice.role,
      companyNames: notice.company_names,
      inviterName: notice.inviter_name ?? null,
      ttlDays: invitationTtlDays(),
    },
    trigger_type: "invitation.sent",
    resource_type: "invitation",
    resource_id: notice.invitation_id,
  })
}
