import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService, type RecordCompanyOrderInput } from "../../modules/company-commerce"

/** The company's order, recorded once per order (a retried or parallel completion finds the first row). */
export const recordCompanyOrderStep = createStep("record-company-order", async (input: RecordCompanyOrderInput, { container }) => {
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  return new StepResponse(await commerce.recordCompanyOrder(input))
})
