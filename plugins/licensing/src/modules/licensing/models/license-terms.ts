import { model } from "@medusajs/framework/utils"

export const LICENSE_CATEGORIES = ["user_license", "addon_module", "integration", "training", "service"] as const
export type LicenseCategory = (typeof LICENSE_CATEGORIES)[number]

export const LICENSE_KINDS = ["named_user", "company", "site"] as const
export type LicenseKind = (typeof LICENSE_KINDS)[number]

export const LICENSE_TERMS = ["perpetual", "yearly"] as const
export type LicenseTerm = (typeof LICENSE_TERMS)[number]

/** Categories that never deliver a license (a course, a consulting day). */
export const NON_LICENSE_CATEGORIES: readonly LicenseCategory[] = ["training", "service"]

/**
 * What one unit of a catalog variant licenses (linked to the product variant,
 * links/variant-license-terms.ts): the product code the ERP reads, the category,
 * per whom it counts (named user, company, site), the seats per unit and the term.
 * Training and services are sold through the same catalog but deliver no license.
 */
export const LicenseTerms = model
  .define("license_terms", {
    id: model.id({ prefix: "lterm" }).primaryKey(),
    variant_id: model.text(),
    product_code: model.text(),
    category: model.enum([...LICENSE_CATEGORIES]),
    kind: model.enum([...LICENSE_KINDS]),
    seats: model.number().default(1),
    term: model.enum([...LICENSE_TERMS]),
    delivers_license: model.boolean().default(true),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([{ name: "license_terms_seats_positive", expression: (columns) => `${columns.seats} >= 1` }])
