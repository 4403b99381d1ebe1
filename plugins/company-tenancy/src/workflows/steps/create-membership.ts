import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "../../modules/company"

export type CreateMembershipStepInput = { company_id: string; customer_id: string; role: MembershipRole }

export const createMembershipStep = createStep(
  "create-membership",
  async (input: CreateMembershipStepInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const membership = await companyService.createMemberships(input)
    return new StepResponse(membership, membership.id)
  },
  async (membershipId, { container }) => {
    if (!membershipId) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteMemberships(membershipId)
  }
)
