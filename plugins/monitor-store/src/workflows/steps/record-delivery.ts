import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../../modules/company-commerce"

/** The delivery is complete: licenses and invoice exist. */
export const recordDeliveryStep = createStep("record-delivery", async (input: { order_id: string }, { container }) => {
  await container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE).recordDeliveryAttempt(input.order_id, null)
  return new StepResponse(input.order_id)
})
