import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "../../modules/company"

export type ChangeMembershipRoleInput = { company_id: string; customer_id: string; role: MembershipRole }

/** The role change itself runs under the company lock (last-admin check); compensation puts the old role back. */
export const changeMembershipRoleStep = createStep(
  "change-membership-role",
  async (input: ChangeMembershipRoleInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const change = await companyService.changeMembershipRole(input.company_id, input.customer_id, input.role)
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change || change.previous_role === change.role) return
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .updateMemberships({ id: change.membership_id, role: change.previous_role })
  }
)
