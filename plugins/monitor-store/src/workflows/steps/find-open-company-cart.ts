import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../../modules/company-commerce"

/** The customer's open cart for the company (under the caller's lock), or null. */
export const findOpenCompanyCartStep = createStep(
  "find-open-company-cart",
  async (input: { company_id: string; customer_id: string }, { container }) => {
    const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
    const cart = await commerce.openCartOf(input.company_id, input.customer_id)
    return new StepResponse(cart ? { cart_id: cart.cart_id } : null)
  }
)
