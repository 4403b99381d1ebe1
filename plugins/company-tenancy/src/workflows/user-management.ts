import { linkCustomersToCustomerGroupStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MembershipRole } from "../modules/company"
import { addCustomerToCompanyGroupsStep } from "./steps/add-customer-to-company-groups"
import { changeMembershipRoleStep, type ChangeMembershipRoleInput } from "./steps/change-membership-role"
import { consumeInvitationStep, type ConsumeInvitationInput } from "./steps/consume-invitation"
import { createInvitationsStep, type CreateInvitationsInput } from "./steps/create-invitations"
import { createMembershipsStep } from "./steps/create-memberships"
import { endSessionsWithoutMembershipStep } from "./steps/end-sessions-without-membership"
import { notifyInvitationsStep } from "./steps/notify-invitations"
import { removeMembershipStep, type RemoveMembershipInput } from "./steps/remove-membership"
import { renewInvitationLinkStep } from "./steps/renew-invitation-link"

/** "Tilldelad roll": a member's new role; refused (last_admin) when it would leave the company without an administrator. */
export const changeMembershipRoleWorkflow = createWorkflow("change-membership-role", (input: ChangeMembershipRoleInput) => {
  return new WorkflowResponse(changeMembershipRoleStep(input))
})

/** Removes a member from a company and from the company's customer group; both or neither. */
export const removeMembershipWorkflow = createWorkflow("remove-membership", (input: RemoveMembershipInput) => {
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["id", "customer_group.id"],
    filters: { id: input.company_id },
    options: { throwIfKeyNotFound: true },
  })
  const removed = removeMembershipStep(input)
  const groupChange = transform({ companies, input }, ({ companies, input }) => {
    const groupId = (companies[0] as { customer_group?: { id: string } | null } | undefined)?.customer_group?.id
    return { id: groupId ?? "", remove: groupId ? [input.customer_id] : [] }
  })
  linkCustomersToCustomerGroupStep(groupChange)
  endSessionsWithoutMembershipStep({ customer_id: input.customer_id })
  return new WorkflowResponse(removed)
})

/**
 * An existing account accepts an invitation: the link is consumed (single use) and
 * exactly the invited memberships are added, with the companies' customer groups.
 * If any part fails, the link becomes usable again and no membership remains.
 */
export const acceptInvitationWorkflow = createWorkflow("accept-invitation", (input: ConsumeInvitationInput) => {
  const link = consumeInvitationStep(input)
  const memberships = createMembershipsStep(
    transform({ link, input }, ({ link, input }) => ({ customer_id: input.customer_id, grants: link.grants }))
  )
  addCustomerToCompanyGroupsStep(
    transform({ memberships, input }, ({ memberships, input }) => ({
      customer_id: input.customer_id,
      company_ids: memberships.map((membership) => membership.company_id),
    }))
  )
  return new WorkflowResponse({ link, memberships })
})

export type SendInvitationsInput = CreateInvitationsInput & {
  inviter_name?: string | null
  /** company id → name, for the e-mail */
  company_names: Record<string, string>
}

/**
 * "Skicka inbjudan": the batch's invitations, then their e-mails. The invitations
 * stand whether or not each e-mail could be sent (`email_sent`); a failed one is
 * logged, recorded as a failed notification, and can be resent.
 */
export const sendInvitationsWorkflow = createWorkflow("send-invitations", (input: SendInvitationsInput) => {
  const created = createInvitationsStep(
    transform({ input }, ({ input }) => ({ invited_by_customer_id: input.invited_by_customer_id, invitations: input.invitations }))
  )
  const notified = notifyInvitationsStep(
    transform({ created, input }, ({ created, input }) => ({
      invitations: created.invitations,
      tokens_ref: created.tokens_ref,
      inviter_name: input.inviter_name,
      company_names: input.company_names,
    }))
  )
  const invitations = transform({ created, notified }, ({ created, notified }) =>
    created.invitations.map((invitation) => ({
      ...invitation,
      email_sent: notified.find((row) => row.invitation_id === invitation.id)?.email_sent ?? false,
    }))
  )
  return new WorkflowResponse(invitations)
})

export type ResendInvitationInput = {
  invitation_id: string
  email: string
  role: MembershipRole
  company_ids: string[]
  inviter_name?: string | null
  company_names: Record<string, string>
}

/** "Skicka igen": a new link for a pending invitation (the old one stops working), then its e-mail. */
export const resendInvitationWorkflow = createWorkflow("resend-invitation", (input: ResendInvitationInput) => {
  const renewed = renewInvitationLinkStep(transform({ input }, ({ input }) => ({ invitation_id: input.invitation_id })))
  const notified = notifyInvitationsStep(
    transform({ renewed, input }, ({ renewed, input }) => ({
      invitations: [{ id: renewed.invitation.id, email: input.email, role: input.role, company_ids: input.company_ids }],
      tokens_ref: renewed.tokens_ref,
      inviter_name: input.inviter_name,
      company_names: input.company_names,
    }))
  )
  const invitation = transform({ renewed, notified }, ({ renewed, notified }) => ({
    ...renewed.invitation,
    email_sent: notified[0]?.email_sent ?? false,
  }))
  return new WorkflowResponse(invitation)
})
