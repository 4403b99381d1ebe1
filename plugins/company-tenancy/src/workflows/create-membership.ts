import { linkCustomersToCustomerGroupStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMembershipStep, type CreateMembershipStepInput } from "./steps/create-membership"

/** Adds a customer to a company with one role, and to the company's customer group. */
export const createMembershipWorkflow = createWorkflow("create-membership", (input: CreateMembershipStepInput) => {
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["id", "customer_group.id"],
    filters: { id: input.company_id },
    options: { throwIfKeyNotFound: true },
  })
  const membership = createMembershipStep(input)
  const groupChange = transform({ companies, input }, ({ companies, input }) => ({
    // query.graph rows are untyped without generated entity types: the fields asked for above.
    id: (companies as { customer_group?: { id: string } | null }[])[0].customer_group?.id as string,
    add: [input.customer_id],
  }))
  linkCustomersToCustomerGroupStep(groupChange)
  return new WorkflowResponse(membership)
})
