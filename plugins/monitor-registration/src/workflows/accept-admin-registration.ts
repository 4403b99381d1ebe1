import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMembershipWorkflow } from "@mymonitor/company-tenancy/workflows"
import { consumeAdminRegistrationStep } from "./steps/consume-admin-registration"
import { promoteExistingMembershipStep } from "./steps/promote-existing-membership"

export type AcceptAdminRegistrationInput = { token: string; customer_id: string }

/**
 * An existing account accepts an ERP registration link: the link is used up and
 * the customer becomes administrator of the installation's company — a new
 * membership, or the existing one raised to admin. Either all of it or none
 * (a failed membership gives the link back).
 */
export const acceptAdminRegistrationWorkflow = createWorkflow("accept-admin-registration", (input: AcceptAdminRegistrationInput) => {
  const link = consumeAdminRegistrationStep({ token: input.token })
  const target = transform({ link, input }, ({ link, input }) => ({
    company_id: link.grants[0].company_id,
    customer_id: input.customer_id,
  }))
  const existing = promoteExistingMembershipStep(target)
  const created = when("create-admin-membership-when-none", { existing }, ({ existing }) => !existing.exists).then(() =>
    createMembershipWorkflow.runAsStep({
      input: transform({ target }, ({ target }) => ({ ...target, role: "admin" as const })),
    })
  )
  const result = transform({ target, existing, created, link }, ({ target, existing, created, link }) => ({
    company_id: target.company_id,
    customer_id: target.customer_id,
    email: link.email,
    membership_id: existing.membership_id ?? created?.id ?? null,
    previous_role: existing.previous_role,
    role: "admin" as const,
  }))
  return new WorkflowResponse(result)
})
