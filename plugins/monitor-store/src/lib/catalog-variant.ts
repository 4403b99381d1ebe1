import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalidData } from "@mymonitor/common/lib/portal-errors"
import { storeSettingOf } from "./store-region"

/** A variant may go into a cart only when its product is published in Monitor Store's sales channel. */
export async function assertInCatalog(container: MedusaContainer, variantId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { sales_channel_id } = await storeSettingOf(container)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "product.status", "product.sales_channels.id"],
    filters: { id: variantId },
  })
  const product = (data[0] as { product?: { status: string; sales_channels?: { id: string }[] } } | undefined)?.product
  const sold = product?.status === "published" && product.sales_channels?.some((channel) => channel.id === sales_channel_id)
  if (!sold) {
    throw invalidData({ variant_id: [{ sv: "Produkten finns inte i Monitor Store.", en: "The product is not in Monitor Store." }] })
  }
}
