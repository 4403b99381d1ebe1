import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CompanyGroupsChange = { customer_id: string; company_ids: string[] }

/** Puts a customer into the customer groups of the companies joined (where prices hang); compensation takes them out. */
export const addCustomerToCompanyGroupsStep = createStep(
  "add-customer-to-company-groups",
  async (input: CompanyGroupsChange, { container }) => {
    if (!input.company_ids.length) return new StepResponse([], [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await query.graph({
      entity: "company",
      fields: ["id", "customer_group.id"],
      filters: { id: input.company_ids },
    })
    const pairs = (companies as { customer_group?: { id: string } | null }[])
      .map((company) => company.customer_group?.id)
      .filter((id): id is string => Boolean(id))
      .map((customer_group_id) => ({ customer_id: input.customer_id, customer_group_id }))
    if (pairs.length) await container.resolve(Modules.CUSTOMER).addCustomerToGroup(pairs)
    return new StepResponse(pairs, pairs)
  },
  async (pairs, { container }) => {
    if (!pairs?.length) return
    await container.resolve(Modules.CUSTOMER).removeCustomerFromGroup(pairs)
  }
)
