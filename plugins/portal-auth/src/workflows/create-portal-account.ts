import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addCustomerToCompanyGroupsStep, createMembershipsStep } from "@mymonitor/company-tenancy/workflows"
import type { LinkKind } from "../lib/portal-links"
import { claimLinkStep } from "./steps/claim-link"
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
 * the customer, and adds exactly the memberships the link grants, with the
 * companies' customer groups (company-tenancy's own steps, each with its
 * compensation). A failing step undoes the earlier ones, so nothing is half-written.
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
  const memberships = createMembershipsStep(
    transform({ customer, claimed }, ({ customer, claimed }) => ({ customer_id: customer.id, grants: claimed.grants }))
  )
  addCustomerToCompanyGroupsStep(
    transform({ customer, memberships }, ({ customer, memberships }) => ({
      customer_id: customer.id,
      company_ids: memberships.map((membership: { company_id: string }) => membership.company_id),
    }))
  )
  return new WorkflowResponse({ customer, authIdentityId, email: claimed.email, memberships, grants: claimed.grants })
})
