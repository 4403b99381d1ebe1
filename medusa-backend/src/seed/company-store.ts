import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { INVOICING_MODULE, type BillingProfileInput, type InvoicingModuleService } from "@mymonitor/invoicing/modules/invoicing"
import { COMPANY_PRICE_RULE } from "@mymonitor/monitor-store/lib/company-pricing"

export type DemoBilling = Omit<BillingProfileInput, "name">

export const companyPriceListTitle = (companyName: string) => `Företagspriser – ${companyName}`

/** "Företagspriser": the company's own prices, a price list with the rule company_id = the company. */
export async function ensureCompanyPrices(
  container: MedusaContainer,
  company: { id: string; name: string },
  prices: Record<string, number>,
  variantIdsBySku: Map<string, string>
) {
  const entries = Object.entries(prices).filter(([sku]) => variantIdsBySku.has(sku))
  if (!entries.length) return
  const pricingService = container.resolve(Modules.PRICING)
  const existing = (await pricingService.listPriceLists({}, { select: ["id", "title"] })).find(
    (list) => list.title === companyPriceListTitle(company.name)
  )
  if (existing) return
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: companyPriceListTitle(company.name),
          description: `Avtalade priser för ${company.name}`,
          status: "active",
          rules: { [COMPANY_PRICE_RULE]: [company.id] },
          prices: entries.map(([sku, amount]) => ({ variant_id: variantIdsBySku.get(sku)!, amount, currency_code: "sek" })),
        },
      ],
    },
  })
}

/** The company's billing details (address, VAT number, invoice e-mail, payment terms), once. */
export async function ensureBillingProfile(container: MedusaContainer, company: { id: string; name: string }, billing: DemoBilling) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  if (await invoicing.billingProfileOf(company.id)) return
  await invoicing.upsertBillingProfile(company.id, { name: company.name, ...billing })
}
