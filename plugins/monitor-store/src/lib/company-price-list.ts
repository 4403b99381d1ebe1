import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { batchPriceListPricesWorkflow, createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_PRICE_RULE } from "./company-pricing"
import { STORE_CURRENCY, storeSettingOf } from "./store-region"

export type CompanyPriceRow = {
  variant_id: string
  sku: string | null
  product_title: string
  list_amount: number | null
  amount: number | null
}
export type CompanyPriceList = { price_list: { id: string; title: string; status: string } | null; prices: CompanyPriceRow[] }

export const companyPriceListTitle = (companyName: string) => `Företagspriser – ${companyName}`

type VariantRow = {
  id: string
  sku: string | null
  product: { title: string }
  price_set?: { id: string; prices?: { amount: number; currency_code: string; price_list_id?: string | null }[] }
}

async function priceListOf(container: MedusaContainer, companyId: string): Promise<CompanyPriceList["price_list"]> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  // Few price lists exist (one per company with own prices): read their rules and pick the company's.
  const lists = await pricing.listPriceLists({}, { relations: ["price_list_rules"], order: { created_at: "ASC" } })
  const list = lists.find((candidate) =>
    (candidate.price_list_rules ?? []).some(
      (rule) =>
        rule.attribute === COMPANY_PRICE_RULE && (Array.isArray(rule.value) ? rule.value.includes(companyId) : rule.value === companyId)
    )
  )
  return list ? { id: list.id, title: list.title ?? "", status: String(list.status ?? "") } : null
}

async function catalogVariants(container: MedusaContainer): Promise<VariantRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { sales_channel_id } = await storeSettingOf(container)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "variants.id",
      "variants.sku",
      "variants.price_set.id",
      "variants.price_set.prices.amount",
      "variants.price_set.prices.currency_code",
      "variants.price_set.prices.price_list_id",
    ],
    filters: { sales_channels: { id: sales_channel_id } },
  })
  return (data as unknown as { title: string; variants: Omit<VariantRow, "product">[] }[]).flatMap((product) =>
    product.variants.map((variant) => ({ ...variant, product: { title: product.title } }))
  )
}

/** "Företagspriser": every catalog variant with its list price and the company's own price, if any. */
export async function companyPriceList(container: MedusaContainer, companyId: string): Promise<CompanyPriceList> {
  const [list, variants] = await Promise.all([priceListOf(container, companyId), catalogVariants(container)])
  const prices = variants
    .map((variant) => {
      const sek = (variant.price_set?.prices ?? []).filter((price) => price.currency_code === STORE_CURRENCY)
      return {
        variant_id: variant.id,
        sku: variant.sku,
        product_title: variant.product.title,
        list_amount: sek.find((price) => !price.price_list_id)?.amount ?? null,
        amount: list ? (sek.find((price) => price.price_list_id === list.id)?.amount ?? null) : null,
      }
    })
    .sort((a, b) => a.product_title.localeCompare(b.product_title, "sv"))
  return { price_list: list, prices }
}

/**
 * Sets the company's prices: creates its price list (rule company_id = the company) when it has none,
 * then creates, changes or removes (amount null) one price per variant.
 */
export async function setCompanyPrices(
  container: MedusaContainer,
  company: { id: string; name: string },
  changes: { variant_id: string; amount: number | null }[]
): Promise<CompanyPriceList> {
  let list = await priceListOf(container, company.id)
  if (!list) {
    const { result } = await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: companyPriceListTitle(company.name),
            description: `Avtalade priser för ${company.name}`,
            status: "active",
            rules: { [COMPANY_PRICE_RULE]: [company.id] },
            prices: [],
          },
        ],
      },
    })
    list = { id: result[0].id, title: result[0].title ?? "", status: String(result[0].status ?? "") }
  }
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const existing = await pricing.listPrices({ price_list_id: [list.id] }, { select: ["id", "price_set_id", "currency_code"] })
  const variants = await catalogVariants(container)
  const priceSetOf = new Map(variants.map((variant) => [variant.id, variant.price_set?.id]))
  const create: { variant_id: string; amount: number; currency_code: string }[] = []
  const update: { id: string; variant_id: string; amount: number; currency_code: string }[] = []
  const remove: string[] = []
  for (const change of changes) {
    const current = existing.find(
      (price) => price.price_set_id === priceSetOf.get(change.variant_id) && price.currency_code === STORE_CURRENCY
    )
    if (change.amount === null) {
      if (current) remove.push(current.id)
    } else if (current) {
      update.push({ id: current.id, variant_id: change.variant_id, amount: change.amount, currency_code: STORE_CURRENCY })
    } else {
      create.push({ variant_id: change.variant_id, amount: change.amount, currency_code: STORE_CURRENCY })
    }
  }
  await batchPriceListPricesWorkflow(container).run({ input: { data: { id: list.id, create, update, delete: remove } } })
  return companyPriceList(container, company.id)
}
