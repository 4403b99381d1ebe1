import type { ITaxModuleService, MedusaContainer, TaxableItemDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext, calculateAmountsWithTax } from "@medusajs/framework/utils"
import { COMPANY_PRICE_RULE } from "./company-pricing"
import { STORE_COUNTRY, STORE_CURRENCY, storeSettingOf } from "./store-region"
import { licenseTermsOfVariants, type LicenseTermsView } from "./license-terms"

export type CatalogPrice = {
  amount: number
  amount_with_tax: number
  tax_amount: number
  tax_rate: number
  currency_code: string
  is_company_price: boolean
  original_amount: number
}
export type CatalogVariant = {
  id: string
  title: string
  sku: string | null
  license_terms: LicenseTermsView | null
  price: CatalogPrice | null
}
export type CatalogProduct = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  category: LicenseTermsView["category"] | null
  variants: CatalogVariant[]
}

type CalculatedPrice = {
  calculated_amount: number
  original_amount: number
  currency_code: string
  is_calculated_price_tax_inclusive: boolean
  calculated_price?: { price_list_id?: string | null; price_list_type?: string | null }
}
type ProductRow = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  type_id: string | null
  variants: { id: string; title: string; sku: string | null; calculated_price?: CalculatedPrice | null }[]
}

/**
 * The catalog as one company sees it: published products of the Monitor Store sales channel, each
 * variant priced in the company's pricing context (its price list when it has one, never another
 * company's), with Swedish VAT computed by the tax module and shown beside the price.
 */
export async function companyCatalog(
  container: MedusaContainer,
  companyId: string,
  filters: { handle?: string } = {}
): Promise<CatalogProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id, sales_channel_id } = await storeSettingOf(container)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "description",
      "thumbnail",
      "type_id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.variant_rank",
      "variants.calculated_price.*",
    ],
    filters: { status: "published", sales_channels: { id: sales_channel_id }, ...(filters.handle ? { handle: filters.handle } : {}) },
    context: {
      variants: {
        calculated_price: QueryContext({ region_id, currency_code: STORE_CURRENCY, [COMPANY_PRICE_RULE]: companyId }),
      },
    },
  })
  const products = data as unknown as ProductRow[]
  const variantIds = products.flatMap((p) => p.variants.map((v) => v.id))
  const [terms, taxRates] = await Promise.all([licenseTermsOfVariants(container, variantIds), taxRatesOf(container, products)])

  return products
    .map((product) => {
      const variants = product.variants.map((variant): CatalogVariant => {
        const price = variant.calculated_price
        const rates = taxRates.get(variant.id) ?? []
        return {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          license_terms: terms.get(variant.id) ?? null,
          price: price ? priceView(price, rates) : null,
        }
      })
      const category = variants.find((v) => v.license_terms)?.license_terms?.category ?? null
      return {
        id: product.id,
        title: product.title,
        handle: product.handle,
        description: product.description,
        thumbnail: product.thumbnail,
        category,
        variants,
      }
    })
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.title.localeCompare(b.title, "sv"))
}

const CATEGORY_ORDER: (LicenseTermsView["category"] | null)[] = ["user_license", "addon_module", "integration", "training", "service", null]

function priceView(price: CalculatedPrice, rates: { rate: number }[]): CatalogPrice {
  const { priceWithTax, priceWithoutTax } = calculateAmountsWithTax({
    taxLines: rates,
    amount: price.calculated_amount,
    includesTax: price.is_calculated_price_tax_inclusive,
  })
  return {
    amount: priceWithoutTax,
    amount_with_tax: priceWithTax,
    tax_amount: Math.round((priceWithTax - priceWithoutTax) * 100) / 100,
    tax_rate: rates.reduce((sum, line) => sum + line.rate, 0),
    currency_code: price.currency_code,
    is_company_price: Boolean(price.calculated_price?.price_list_id),
    original_amount: price.original_amount,
  }
}

/** The tax lines of each variant, as the cart will compute them for a Swedish buyer. */
async function taxRatesOf(container: MedusaContainer, products: ProductRow[]) {
  const tax = container.resolve<ITaxModuleService>(Modules.TAX)
  const items: TaxableItemDTO[] = products.flatMap((product) =>
    product.variants
      .filter((variant) => variant.calculated_price)
      .map((variant) => ({
        id: variant.id,
        product_id: product.id,
        product_type_id: product.type_id ?? undefined,
        quantity: 1,
        unit_price: variant.calculated_price!.calculated_amount,
        currency_code: STORE_CURRENCY,
      }))
  )
  const byVariant = new Map<string, { rate: number }[]>()
  if (!items.length) return byVariant
  const lines = await tax.getTaxLines(items, { address: { country_code: STORE_COUNTRY } })
  for (const line of lines) {
    if (!("line_item_id" in line)) continue
    const list = byVariant.get(line.line_item_id) ?? []
    list.push({ rate: line.rate })
    byVariant.set(line.line_item_id, list)
  }
  return byVariant
}
