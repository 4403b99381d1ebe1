import { model } from "@medusajs/framework/utils"
import { LICENSE_CATEGORIES, LICENSE_KINDS, LICENSE_TERMS } from "./license-terms"

/**
 * One license delivered for one order line item (exactly once: `line_item_id` is
 * unique), with the terms copied at delivery so a later change of the catalog does
 * not change what was sold. `license_file` is the signed license file (a compact
 * JWS, lib/license-signing.ts) the customer downloads and the ERP verifies offline.
 * Revocation only marks the row; nothing deletes a license.
 */
export const License = model
  .define("license", {
    id: model.id({ prefix: "lic" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    company_id: model.text(),
    order_number: model.text(),
    customer_number: model.text(),
    organisation_number: model.text(),
    variant_id: model.text(),
    product_code: model.text(),
    product_title: model.text(),
    category: model.enum([...LICENSE_CATEGORIES]),
    kind: model.enum([...LICENSE_KINDS]),
    seats: model.number(),
    term: model.enum([...LICENSE_TERMS]),
    valid_from: model.dateTime(),
    valid_until: model.dateTime().nullable(),
    license_key: model.text(),
    license_file: model.text(),
    kid: model.text(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
    revocation_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["license_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id"] },
    { on: ["order_id"] },
  ])
