import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"

export type PromoteMembershipInput = { company_id: string; customer_id: string }
export type PromoteMembershipResult = { membership_id: string | null; previous_role: string | null; exists: boolean }

type Membership = Awaited<ReturnType<CompanyModuleService["listMemberships"]>>[number]
type Undo = Pick<Membership, "id" | "role" | "status"> | null

/**
 * An existing member of the company keeps the membership and becomes admin
 * (active again if it was disabled); compensation restores the former role and
 * status. A customer without a membership gets none here (`exists: false`): the
 * workflow then creates one through company-tenancy's workflow.
 */
export const promoteExistingMembershipStep = createStep(
  "promote-existing-membership-to-admin",
  async (input: PromoteMembershipInput, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [membership] = await companies.listMemberships({ company_id: input.company_id, customer_id: input.customer_id }, { take: 1 })
    if (!membership) {
      return new StepResponse<PromoteMembershipResult, Undo>({ membership_id: null, previous_role: null, exists: false }, null)
    }
    const undo = { id: membership.id, role: membership.role, status: membership.status }
    if (membership.role !== "admin" || membership.status !== "active") {
      await companies.updateMemberships({ id: membership.id, role: "admin", status: "active" })
    }
    return new StepResponse<PromoteMembershipResult, Undo>(
      { membership_id: membership.id, previous_role: membership.role, exists: true },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).updateMemberships({ id: undo.id, role: undo.role, status: undo.status })
  }
)
