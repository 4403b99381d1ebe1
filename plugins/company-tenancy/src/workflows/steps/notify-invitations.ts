import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { takeFromPreviousStep } from "@mymonitor/common/lib/step-secrets"
import { sendInvitationMessage } from "../../lib/invitation-message"
import type { MembershipRole } from "../../modules/company"

export type NotifyInvitationsInput = {
  invitations: { id: string; email: string; role: MembershipRole; company_ids: string[] }[]
  /** The previous step's one-time reference to the plain link tokens, by invitation id. */
  tokens_ref: string
  inviter_name?: string | null
  /** company id → name, for the e-mail */
  company_names: Record<string, string>
}

export type InvitationNotified = { invitation_id: string; email_sent: boolean; notification_id: string | null }

/**
 * E-mails each invitation its link through the notification module. Never fails
 * and has nothing to compensate: a mail that cannot be sent is logged and recorded
 * as a failed notification, and the invitation stands (it can be resent).
 */
export const notifyInvitationsStep = createStep("notify-invitations", async (input: NotifyInvitationsInput, { container }) => {
  const tokens = takeFromPreviousStep<Record<string, string>>(input.tokens_ref) ?? {}
  const notified: InvitationNotified[] = []
  for (const invitation of input.invitations) {
    const token = tokens[invitation.id]
    if (!token) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`The invitation ${invitation.id} was not e-mailed: its link is no longer at hand in this process (resend it)`)
      notified.push({ invitation_id: invitation.id, email_sent: false, notification_id: null })
      continue
    }
    const sent = await sendInvitationMessage(container, {
      invitation_id: invitation.id,
      email: invitation.email,
      token,
      role: invitation.role,
      company_names: invitation.company_ids.map((id) => input.company_names[id] ?? id),
      inviter_name: input.inviter_name,
    })
    notified.push({ invitation_id: invitation.id, email_sent: sent.ok, notification_id: sent.notificationId ?? null })
  }
  return new StepResponse(notified)
})
