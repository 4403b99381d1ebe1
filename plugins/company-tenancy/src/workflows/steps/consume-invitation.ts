import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService, type LinkDescription } from "../../modules/company"

export type ConsumeInvitationInput = { token: string; customer_id: string }

/**
 * Uses the invitation link up (row-locked, single use); compensation makes it usable
 * again. Throws `link_unknown` (not found) or `link_<status>` (not allowed), which
 * routes map with `toPortalError`.
 */
export const consumeInvitationStep = createStep(
  "consume-invitation",
  async (input: ConsumeInvitationInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const link = await companyService.consumeLink(input.token, { customer_id: input.customer_id })
    if (!link) throw new MedusaError(MedusaError.Types.NOT_FOUND, "link_unknown")
    if (link.status !== "valid") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `link_${link.status}`)
    return new StepResponse(link as LinkDescription, input.token)
  },
  async (token, { container }) => {
    if (!token) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreLink(token)
  }
)
