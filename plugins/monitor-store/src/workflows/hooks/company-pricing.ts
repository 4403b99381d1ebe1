import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  createCartWorkflow,
  createOrderWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { COMPANY_PRICE_RULE, pricingContextOfCart } from "../../lib/company-pricing"

// Each workflow's setPricingContext hook takes one handler in the whole app: all of them live here.
// They add the cart's (or the quote's draft order's) company, so the company's price list applies.

createCartWorkflow.hooks.setPricingContext(({ additional_data }) => {
  // Only the store's own cart route runs this workflow for portal users (core /store/carts is closed);
  // it passes the company the caller shops for, checked by the access layer.
  const companyId = typeof additional_data?.company_id === "string" ? additional_data.company_id : undefined
  return new StepResponse(companyId ? { [COMPANY_PRICE_RULE]: companyId } : {})
})

addToCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  return new StepResponse(await pricingContextOfCart(container, cart?.id))
})

updateLineItemInCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  return new StepResponse(await pricingContextOfCart(container, cart?.id))
})

refreshCartItemsWorkflow.hooks.setPricingContext(async ({ cart_id }, { container }) => {
  return new StepResponse(await pricingContextOfCart(container, cart_id))
})

createOrderWorkflow.hooks.setPricingContext(({ additional_data }) => {
  // A quote's draft order (plugin quotes) passes the company it is requested for, checked by the access
  // layer; a draft order staff create in the admin may pass one too, else it gets list prices.
  const companyId = typeof additional_data?.company_id === "string" ? additional_data.company_id : undefined
  return new StepResponse(companyId ? { [COMPANY_PRICE_RULE]: companyId } : {})
})
