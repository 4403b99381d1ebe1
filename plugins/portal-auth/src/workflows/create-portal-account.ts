import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkKind } from "../lib/portal-links"
import { claimLinkStep } from "./steps/claim-link"
import { grantMembershipsStep } from "./steps/grant-memberships"
import { registerPasswordIdentityStep } from "./steps/register-password-identity"

export type CreatePortalAccountInput = {
  link: { kind: LinkKind; token: string }
  first_name: string
  last_name: string
  phone?: string | null
  password: string
}

/**
 * "Registrera konto": spends the link, creates the e-mail + password identity and
 * the customer, and adds exactly the memberships the link grants. A failing step
 * undoes the earlier ones, so nothing is half-written.
 */
export const createPortalAccountWorkflow = createWorkflow("create-portal-account", (input: CreatePortalAccountInput) => {
  const claimed = claimLinkStep(input.link)
  const authIdentityId = registerPasswordIdentityStep(
    transform({ claimed, input }, ({ claimed, input }) => ({ email: claimed.email, password: input.password }))
  )
  const customer = createCustomerAccountWorkflow.runAsStep({
    input: transform({ claimed, input, authIdentityId }, ({ claimed, input, authIdentityId }) => ({
      authIdentityId,
      customerData: { email: claimed.email, first_name: input.first_name, last_name: input.last_name, phone: input.phone ?? undefined },
    })),
  })
  const memberships = grantMembershipsStep(
    transform({ customer, claimed }, ({ customer, claimed }) => ({ customer_id: customer.id, grants: claimed.grants }))
  )
  return new WorkflowResponse({ customer, authIdentityId, email: claimed.email, memberships, grants: claimed.grants })
})
