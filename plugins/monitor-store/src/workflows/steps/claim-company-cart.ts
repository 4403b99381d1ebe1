import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../../modules/company-commerce"

/** Ties a new cart to its company and buyer; undone when a later step fails. */
export const claimCompanyCartStep = createStep(
  "claim-company-cart",
  async (input: { cart_id: string; company_id: string; customer_id: string }, { container }) => {
    const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
    const row = await commerce.createCompanyCarts(input)
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE).deleteCompanyCarts([id])
  }
)
