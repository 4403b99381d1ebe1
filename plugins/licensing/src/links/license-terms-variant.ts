import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LicensingModule from "../modules/licensing"

/** The other way round: `query.graph({ entity: "license_terms", fields: ["product_variant.*"] })`. */
export default defineLink({ linkable: LicensingModule.linkable.licenseTerms, field: "variant_id" }, ProductModule.linkable.productVariant, {
  readOnly: true,
})
