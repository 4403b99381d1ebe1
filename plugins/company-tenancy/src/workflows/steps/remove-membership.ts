import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService } from "../../modules/company"

export type RemoveMembershipInput = { company_id: string; customer_id: string }

/** Soft-deletes the membership (last-admin check under the company lock); compensation restores it. */
export const removeMembershipStep = createStep(
  "remove-membership",
  async (input: RemoveMembershipInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const removed = await companyService.removeMembership(input.company_id, input.customer_id)
    return new StepResponse(removed, removed.membership_id)
  },
  async (membershipId, { container }) => {
    if (!membershipId) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreMemberships([membershipId])
  }
)
