import {
  createApiKeysWorkflow,
  createPriceListsWorkflow,
  createTaxRegionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_PRICE_RULE } from "@mymonitor/monitor-store/lib/company-pricing"
import { STORE_SALES_CHANNEL } from "@mymonitor/monitor-store/lib/store-region"

export const PORTAL_SALES_CHANNEL = STORE_SALES_CHANNEL
export const PORTAL_PUBLISHABLE_KEY_TITLE = "myMonitor portal"

/** The store, its Swedish region with 25 % moms, the Monitor Store sales channel and the portal's publishable key. */
export async function ensureStore(container: MedusaContainer) {
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const regionService = container.resolve(Modules.REGION)
  const storeService = container.resolve(Modules.STORE)

  let [salesChannel] = await salesChannelService.listSalesChannels({ name: PORTAL_SALES_CHANNEL })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: PORTAL_SALES_CHANNEL, description: "Licenses sold in myMonitor" }] },
    })
    salesChannel = result[0]
  }

  const [store] = await storeService.listStores()
  if (store && (store.name !== "Monitor ERP" || store.default_sales_channel_id !== salesChannel.id)) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Monitor ERP",
          default_sales_channel_id: salesChannel.id,
          supported_currencies: [{ currency_code: "sek", is_default: true }],
        },
      },
    })
  }

  const [region] = await regionService.listRegions({ name: "Sverige" })
  if (!region) {
    await createRegionsWorkflow(container).run({
      input: { regions: [{ name: "Sverige", currency_code: "sek", countries: ["se"], payment_providers: ["pp_system_default"] }] },
    })
  }

  await ensureSwedishVat(container)
  await ensureCompanyPriceRuleKnown(container)

  let [apiKey] = await apiKeyService.listApiKeys({ title: PORTAL_PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PORTAL_PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "mymonitor-seed" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }
  return { salesChannel, publishableKey: apiKey.token }
}

/** Swedish VAT: 25 % moms on everything Monitor Store sells (the tax module's system provider). */
async function ensureSwedishVat(container: MedusaContainer) {
  const taxService = container.resolve(Modules.TAX)
  const [existing] = (await taxService.listTaxRegions({ country_code: "se" })).filter((region) => !region.parent_id)
  if (existing) return
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "se", provider_id: "tp_system", default_tax_rate: { rate: 25, code: "MOMS25", name: "Moms 25 %" } }],
  })
}

export const COMPANY_PRICES_ANCHOR_TITLE = "Företagspriser (regel company_id)"

/**
 * The pricing module reads the set of rule attributes once per process and, for a large context
 * (a cart's), drops attributes it has never seen: without any company_id price list when a process
 * starts, a company price list created later would be ignored by that process. This draft list
 * (no prices, never active) keeps `company_id` known from the first start.
 */
async function ensureCompanyPriceRuleKnown(container: MedusaContainer) {
  const pricingService = container.resolve(Modules.PRICING)
  const anchor = (await pricingService.listPriceLists({}, { select: ["id", "title"] })).find(
    (list) => list.title === COMPANY_PRICES_ANCHOR_TITLE
  )
  if (anchor) return
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: COMPANY_PRICES_ANCHOR_TITLE,
          description: "Håller regeln company_id känd för prismodulen. Ändra inte.",
          status: "draft",
          rules: { [COMPANY_PRICE_RULE]: ["comp_none"] },
          prices: [],
        },
      ],
    },
  })
}
