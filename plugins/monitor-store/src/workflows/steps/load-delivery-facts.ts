import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { INVOICING_MODULE, type InvoicingModuleService } from "@mymonitor/invoicing/modules/invoicing"
import { orderFactsOf, type OrderFacts } from "../../lib/order-facts"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../../modules/company-commerce"

export type DeliveryFacts = {
  order: OrderFacts
  company: { id: string; name: string; organisation_number: string; customer_number: string }
  company_order: { your_reference: string | null; customer_id: string }
  billing_profile: Awaited<ReturnType<InvoicingModuleService["billingProfileOf"]>>
}

/** Everything the delivery needs, read once: the order, its company, the company's order row and billing profile. */
export const loadDeliveryFactsStep = createStep("load-delivery-facts", async (input: { order_id: string }, { container }) => {
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const companyOrder = await commerce.companyOrderOf(input.order_id)
  if (!companyOrder) throw new Error(`Order ${input.order_id} is no company order`)
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const [orders, company, billingProfile] = await Promise.all([
    orderFactsOf(container, [input.order_id]),
    companies.retrieveCompany(companyOrder.company_id),
    invoicing.billingProfileOf(companyOrder.company_id),
  ])
  const order = orders.get(input.order_id)
  if (!order) throw new Error(`Order ${input.order_id} was not found`)
  const facts: DeliveryFacts = {
    // The order is placed when its company order is recorded: for a quote's order that is the acceptance,
    // not the day the draft order was created (licenses and the invoice date from it).
    order: { ...order, placed_at: companyOrder.created_at },
    company: {
      id: company.id,
      name: company.name,
      organisation_number: company.organisation_number,
      customer_number: company.customer_number,
    },
    company_order: { your_reference: companyOrder.your_reference, customer_id: companyOrder.customer_id },
    billing_profile: billingProfile,
  }
  return new StepResponse(facts)
})
