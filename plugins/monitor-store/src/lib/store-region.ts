import type { IRegionModuleService, ISalesChannelModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Monitor Store sells in Swedish kronor to Swedish companies: one region, one sales channel. */
export const STORE_CURRENCY = "sek"
export const STORE_COUNTRY = "se"
export const STORE_SALES_CHANNEL = "Monitor Store"

export type StoreSetting = { region_id: string; sales_channel_id: string }

/**
 * The store's region (SEK) and sales channel, both created by the seed. Read per request (two indexed
 * reads): staff may recreate either in the admin, and a cached id would then point at nothing.
 */
export async function storeSettingOf(container: MedusaContainer): Promise<StoreSetting> {
  const regions = container.resolve<IRegionModuleService>(Modules.REGION)
  const channels = container.resolve<ISalesChannelModuleService>(Modules.SALES_CHANNEL)
  const [region] = await regions.listRegions({ currency_code: STORE_CURRENCY }, { take: 1, order: { created_at: "ASC" } })
  const [channel] = await channels.listSalesChannels({ name: STORE_SALES_CHANNEL }, { take: 1 })
  if (!region || !channel)
    throw new Error(`Monitor Store needs a ${STORE_CURRENCY} region and the "${STORE_SALES_CHANNEL}" sales channel (the seed creates both)`)
  return { region_id: region.id, sales_channel_id: channel.id }
}
