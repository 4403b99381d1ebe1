import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Monitor Store's licenses. Prices in SEK, excluding VAT; delivery is digital, so no inventory. */
const LICENSES = [
  {
    handle: "monitor-anvandarlicens",
    title: "Monitor ERP – användarlicens",
    sku: "MON-USER",
    price: 9900,
    description: "En namngiven användare i Monitor ERP.",
  },
  {
    handle: "monitor-samtidig-licens",
    title: "Monitor ERP – samtidig licens",
    sku: "MON-CONCURRENT",
    price: 14900,
    description: "En samtidig användare i Monitor ERP, delad mellan flera personer.",
  },
  {
    handle: "monitor-api-licens",
    title: "Monitor API – integrationslicens",
    sku: "MON-API",
    price: 24900,
    description: "Åtkomst till Monitor API för en integration.",
  },
  {
    handle: "monitor-rapportgenerator",
    title: "Rapportgenerator",
    sku: "MON-REPORTS",
    price: 4900,
    description: "Egna rapporter och utskrifter i Monitor ERP.",
  },
]

export async function ensureCatalog(container: MedusaContainer, salesChannelId: string) {
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts({ handle: LICENSES.map((l) => l.handle) }, { select: ["handle"] })
  const missing = LICENSES.filter((license) => !existing.some((p) => p.handle === license.handle))
  if (!missing.length) return
  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((license) => ({
        title: license.title,
        handle: license.handle,
        description: license.description,
        status: ProductStatus.PUBLISHED,
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Licens", values: ["Standard"] }],
        variants: [
          {
            title: "Standard",
            sku: license.sku,
            manage_inventory: false,
            options: { Licens: "Standard" },
            prices: [{ currency_code: "sek", amount: license.price }],
          },
        ],
      })),
    },
  })
}
