import { createCustomerGroupsStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../modules/company"
import { createCompanyStep, type CreateCompanyStepInput } from "./steps/create-company"

/** A company and the customer group its prices hang on, linked; either both exist or neither. */
export const createCompanyWorkflow = createWorkflow("create-company", (input: CreateCompanyStepInput) => {
  const company = createCompanyStep(input)
  const groupInput = transform({ input }, ({ input }) => [
    { name: `${input.name} (${input.customer_number})`, metadata: { customer_number: input.customer_number } },
  ])
  const groups = createCustomerGroupsStep(groupInput)
  const links = transform({ company, groups }, ({ company, groups }) => [
    {
      [COMPANY_MODULE]: { company_id: company.id },
      [Modules.CUSTOMER]: { customer_group_id: groups[0].id },
    },
  ])
  createRemoteLinkStep(links)
  return new WorkflowResponse(company)
})
