import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { STORE_CURRENCY } from "../lib/store-region"
import { claimCompanyCartStep } from "./steps/claim-company-cart"
import { findOpenCompanyCartStep } from "./steps/find-open-company-cart"
import { lockOwnerStep } from "./steps/lock-owner"

export type CreateCompanyCartInput = {
  company_id: string
  customer_id: string
  email: string
  region_id: string
  sales_channel_id: string
}

/**
 * The buyer's open cart for a company: found, or created and tied to the company. Under a lock
 * per customer and company, so two tabs opening the store make one cart.
 */
export const createCompanyCartWorkflow = createWorkflow("create-company-cart", (input: CreateCompanyCartInput) => {
  const lockKey = transform({ input }, ({ input }) => `monitor-store:cart:${input.company_id}:${input.customer_id}`)
  const lockOwner = lockOwnerStep()
  acquireLockStep({ key: lockKey, ownerId: lockOwner, timeout: 10, ttl: 30 })
  const existing = findOpenCompanyCartStep({ company_id: input.company_id, customer_id: input.customer_id })
  const created = when("no-open-cart", { existing }, ({ existing }) => !existing).then(() => {
    const cartInput = transform({ input }, ({ input }) => ({
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      customer_id: input.customer_id,
      email: input.email,
      currency_code: STORE_CURRENCY,
      // Read by the setPricingContext hook (workflows/hooks/company-pricing.ts): the company's prices.
      additional_data: { company_id: input.company_id },
    }))
    const cart = createCartWorkflow.runAsStep({ input: cartInput })
    const claim = transform({ cart, input }, ({ cart, input }) => ({
      cart_id: cart.id,
      company_id: input.company_id,
      customer_id: input.customer_id,
    }))
    claimCompanyCartStep(claim)
    return cart
  })
  const cartId = transform({ existing, created }, ({ existing, created }) => existing?.cart_id ?? created?.id ?? null)
  releaseLockStep({ key: lockKey, ownerId: lockOwner })
  return new WorkflowResponse(cartId)
})
