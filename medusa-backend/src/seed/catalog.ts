import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { LICENSING_MODULE, type LicenseTermsInput, type LicensingModuleService } from "@mymonitor/licensing/modules/licensing"

type CatalogEntry = {
  handle: string
  title: string
  sku: string
  price: number
  description: string
  terms: Omit<LicenseTermsInput, "product_code">
}

/**
 * Monitor Store's catalog: what an ERP customer buys. Prices in SEK excluding VAT (25 % moms is added
 * by the Swedish tax region); delivery is digital, so no inventory and no shipping. Each variant's
 * license terms (licensing's typed attributes) say what one unit covers.
 */
export const CATALOG: CatalogEntry[] = [
  // Användarlicenser
  {
    handle: "monitor-anvandarlicens",
    title: "Monitor ERP – användarlicens",
    sku: "MON-USER",
    price: 9900,
    description: "En namngiven användare i Monitor ERP. Licensen gäller tills vidare.",
    terms: { category: "user_license", kind: "named_user", seats: 1, term: "perpetual" },
  },
  {
    handle: "monitor-samtidig-licens",
    title: "Monitor ERP – samtidig licens",
    sku: "MON-CONCURRENT",
    price: 14900,
    description: "En samtidig användare i Monitor ERP, delad mellan företagets medarbetare.",
    terms: { category: "user_license", kind: "company", seats: 1, term: "perpetual" },
  },
  {
    handle: "monitor-anvandarabonnemang",
    title: "Monitor ERP – användarabonnemang",
    sku: "MON-USER-SUB",
    price: 3900,
    description: "En namngiven användare som årsabonnemang, med uppgraderingar och support under året.",
    terms: { category: "user_license", kind: "named_user", seats: 1, term: "yearly" },
  },
  // Tilläggsmoduler
  {
    handle: "monitor-rapportgenerator",
    title: "Rapportgenerator",
    sku: "MON-REPORTS",
    price: 4900,
    description: "Egna rapporter och utskrifter i Monitor ERP för hela företaget.",
    terms: { category: "addon_module", kind: "company", seats: 1, term: "perpetual" },
  },
  {
    handle: "monitor-kvalitet",
    title: "Kvalitetsmodul",
    sku: "MON-QUALITY",
    price: 19900,
    description: "Avvikelser, reklamationer och mätprotokoll kopplade till order och artiklar.",
    terms: { category: "addon_module", kind: "company", seats: 1, term: "perpetual" },
  },
  {
    handle: "monitor-streckkod",
    title: "Streckkodsmodul för lager",
    sku: "MON-BARCODE",
    price: 29900,
    description: "Inleverans, plock och inventering med streckkodsläsare, per anläggning.",
    terms: { category: "addon_module", kind: "site", seats: 1, term: "perpetual" },
  },
  {
    handle: "monitor-tidrapportering",
    title: "Mobil tidrapportering",
    sku: "MON-TIME",
    price: 1900,
    description: "Tid och närvaro i mobilen, per namngiven användare och år.",
    terms: { category: "addon_module", kind: "named_user", seats: 1, term: "yearly" },
  },
  // Integrationer
  {
    handle: "monitor-api-licens",
    title: "Monitor API – integrationslicens",
    sku: "MON-API",
    price: 24900,
    description: "Åtkomst till Monitor API för en integration.",
    terms: { category: "integration", kind: "company", seats: 1, term: "perpetual" },
  },
  {
    handle: "monitor-edi",
    title: "EDI-koppling",
    sku: "MON-EDI",
    price: 12000,
    description: "Order, ordererkännande och faktura via EDI, som årsabonnemang.",
    terms: { category: "integration", kind: "company", seats: 1, term: "yearly" },
  },
  {
    handle: "monitor-power-bi",
    title: "Power BI-koppling",
    sku: "MON-BI",
    price: 6900,
    description: "Färdiga dataset för Power BI, som årsabonnemang.",
    terms: { category: "integration", kind: "company", seats: 1, term: "yearly" },
  },
  // Utbildning
  {
    handle: "utbildning-grundkurs",
    title: "Grundutbildning Monitor ERP (1 dag)",
    sku: "TRN-BASIC",
    price: 7500,
    description: "En dags grundutbildning för en deltagare, på distans eller hos oss.",
    terms: { category: "training", kind: "named_user", seats: 1, term: "perpetual", delivers_license: false },
  },
  {
    handle: "utbildning-produktionsplanering",
    title: "Utbildning: produktionsplanering",
    sku: "TRN-PLANNING",
    price: 8500,
    description: "Planering, beläggning och materialbehov i Monitor ERP, för en deltagare.",
    terms: { category: "training", kind: "named_user", seats: 1, term: "perpetual", delivers_license: false },
  },
  // Tjänster
  {
    handle: "tjanst-konsulttimme",
    title: "Konsulttimme",
    sku: "SRV-HOUR",
    price: 1450,
    description: "En timme med en Monitor-konsult: installation, uppgradering eller anpassning.",
    terms: { category: "service", kind: "company", seats: 1, term: "perpetual", delivers_license: false },
  },
  {
    handle: "tjanst-uppgradering",
    title: "Uppgraderingspaket",
    sku: "SRV-UPGRADE",
    price: 9500,
    description: "Vi uppgraderar er installation till senaste versionen, test och driftsättning ingår.",
    terms: { category: "service", kind: "company", seats: 1, term: "perpetual", delivers_license: false },
  },
]

export async function ensureCatalog(container: MedusaContainer, salesChannelId: string) {
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts({ handle: CATALOG.map((l) => l.handle) }, { select: ["handle"] })
  const missing = CATALOG.filter((entry) => !existing.some((p) => p.handle === entry.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((entry) => ({
          title: entry.title,
          handle: entry.handle,
          description: entry.description,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Licens", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: entry.sku,
              manage_inventory: false,
              options: { Licens: "Standard" },
              prices: [{ currency_code: "sek", amount: entry.price }],
            },
          ],
        })),
      },
    })
  }
  // The license terms of every catalog variant (kept in step with this list on every run).
  const licensing = container.resolve<LicensingModuleService>(LICENSING_MODULE)
  const variants = await productService.listProductVariants({ sku: CATALOG.map((entry) => entry.sku) }, { select: ["id", "sku"] })
  for (const entry of CATALOG) {
    const variant = variants.find((v) => v.sku === entry.sku)
    if (variant) await licensing.upsertLicenseTerms(variant.id, { product_code: entry.sku, ...entry.terms })
  }
  return new Map(variants.map((variant) => [variant.sku as string, variant.id]))
}
