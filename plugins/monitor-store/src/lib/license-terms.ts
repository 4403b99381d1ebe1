import type { MedusaContainer } from "@medusajs/framework/types"
import { LICENSING_MODULE, type LicensingModuleService, type LicenseTermsDTO } from "@mymonitor/licensing/modules/licensing"

export type LicenseTermsView = Pick<LicenseTermsDTO, "product_code" | "category" | "kind" | "seats" | "term" | "delivers_license">

/** What each variant's license covers (licensing owns the terms), by variant id. */
export async function licenseTermsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<Map<string, LicenseTermsView>> {
  const byVariant = new Map<string, LicenseTermsView>()
  if (!variantIds.length) return byVariant
  const licensing = container.resolve<LicensingModuleService>(LICENSING_MODULE)
  const rows = await licensing.listLicenseTerms({ variant_id: variantIds }, { take: variantIds.length })
  for (const row of rows) {
    byVariant.set(row.variant_id, {
      product_code: row.product_code,
      category: row.category,
      kind: row.kind,
      seats: row.seats,
      term: row.term,
      delivers_license: row.delivers_license,
    })
  }
  return byVariant
}
