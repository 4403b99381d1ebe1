import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../modules/company-commerce"

/**
 * The pricing-context attribute of company prices: a company's prices are a price list
 * with the rule `company_id = <id>`. Company prices never ride on customer groups: a
 * customer is in one group per company, and core prices with all of a customer's groups
 * (the cheapest wins), which would show one company's price to a member of another.
 */
export const COMPANY_PRICE_RULE = "company_id"

export type CompanyPricingContext = { [COMPANY_PRICE_RULE]?: string }

/** The pricing context of a cart: its company's, or none (list prices) for a cart of no company. */
export async function pricingContextOfCart(container: MedusaContainer, cartId: string | undefined): Promise<CompanyPricingContext> {
  if (!cartId) return {}
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const companyId = await commerce.companyOfCart(cartId)
  return companyId ? { [COMPANY_PRICE_RULE]: companyId } : {}
}
