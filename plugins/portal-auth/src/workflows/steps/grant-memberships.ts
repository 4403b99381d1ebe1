import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "@mymonitor/company-tenancy/modules/company"
import { createMembershipWorkflow } from "@mymonitor/company-tenancy/workflows"

type Grant = { company_id: string; role: MembershipRole }

/** Makes the customer a member of each granted company (and its customer group). */
export const grantMembershipsStep = createStep(
  "grant-memberships",
  async (input: { customer_id: string; grants: Grant[] }, { container }) => {
    const created: { membership_id: string; company_id: string }[] = []
    for (const grant of input.grants) {
      const { result } = await createMembershipWorkflow(container).run({
        input: { company_id: grant.company_id, customer_id: input.customer_id, role: grant.role },
      })
      created.push({ membership_id: (result as any).id, company_id: grant.company_id })
    }
    return new StepResponse(created, { customer_id: input.customer_id, created })
  },
  async (undo, { container }) => {
    if (!undo?.created.length) return
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    await companies.deleteMemberships(undo.created.map((row) => row.membership_id))
    const query = container.resolve("query")
    const { data } = await query.graph({
      entity: "company",
      fields: ["id", "customer_group.id"],
      filters: { id: undo.created.map((row) => row.company_id) },
    })
    const customers = container.resolve(Modules.CUSTOMER)
    for (const company of data as any[]) {
      if (company.customer_group?.id) {
        await customers.removeCustomerFromGroup({ customer_id: undo.customer_id, customer_group_id: company.customer_group.id })
      }
    }
  }
)
