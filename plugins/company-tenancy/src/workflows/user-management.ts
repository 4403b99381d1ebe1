import { linkCustomersToCustomerGroupStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addCustomerToCompanyGroupsStep,
  changeMembershipRoleStep,
  type ChangeMembershipRoleInput,
  createMembershipsStep,
  type CreateMembershipsInput,
  endSessionsWithoutMembershipStep,
  removeMembershipStep,
  type RemoveMembershipInput,
} from "./steps/membership-changes"
import {
  consumeInvitationStep,
  type ConsumeInvitationInput,
  createAndSendInvitationsStep,
  type SendInvitationsInput,
} from "./steps/invitations"

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
    const groupId = (companies[0] as any)?.customer_group?.id as string | undefined
    return { id: groupId ?? "", remove: groupId ? [input.customer_id] : [] }
  })
  linkCustomersToCustomerGroupStep(groupChange)
  endSessionsWithoutMembershipStep({ customer_id: input.customer_id })
  return new WorkflowResponse(removed)
})

/** Adds a customer to several companies (each with its role) and to their customer groups. */
export const createMembershipsWorkflow = createWorkflow("create-memberships", (input: CreateMembershipsInput) => {
  const memberships = createMembershipsStep(input)
  const groupChange = transform({ memberships, input }, ({ memberships, input }) => ({
    customer_id: input.customer_id,
    company_ids: memberships.map((m: any) => m.company_id as string),
  }))
  addCustomerToCompanyGroupsStep(groupChange)
  return new WorkflowResponse(memberships)
})

/**
 * An existing account accepts an invitation: the link is consumed (single use) and
 * exactly the invited memberships are added (with the customer groups). If any part
 * fails, the link becomes usable again and no membership remains.
 */
export const acceptInvitationWorkflow = createWorkflow("accept-invitation", (input: ConsumeInvitationInput) => {
  const link = consumeInvitationStep(input)
  const membershipsInput = transform({ link, input }, ({ link, input }) => ({
    customer_id: input.customer_id,
    grants: link.grants,
  }))
  const memberships = createMembershipsWorkflow.runAsStep({ input: membershipsInput })
  return new WorkflowResponse({ link, memberships })
})

/** "Skicka inbjudan": the batch's invitations and their e-mails. */
export const sendInvitationsWorkflow = createWorkflow("send-invitations", (input: SendInvitationsInput) => {
  return new WorkflowResponse(createAndSendInvitationsStep(input))
})
