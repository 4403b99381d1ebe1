import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LicensingModule from "../modules/licensing"

/**
 * What a catalog variant licenses: `query.graph({ entity: "product_variant", fields:
 * ["license_terms.*"] })`. Read-only: the terms hold the variant id themselves (one
 * indexed lookup, no pivot table), so the variant side joins on the terms' `variant_id`.
 */
export default defineLink(
  { linkable: ProductModule.linkable.productVariant, field: "id" },
  { ...LicensingModule.linkable.licenseTerms.id, primaryKey: "variant_id" },
  { readOnly: true }
)
