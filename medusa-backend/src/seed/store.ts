import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export const PORTAL_SALES_CHANNEL = "Monitor Store"
export const PORTAL_PUBLISHABLE_KEY_TITLE = "myMonitor portal"

/** The store, its Swedish region, the Monitor Store sales channel and the portal's publishable key. */
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
