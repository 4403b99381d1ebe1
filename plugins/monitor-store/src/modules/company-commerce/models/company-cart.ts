import { model } from "@medusajs/framework/utils"

/**
 * A Medusa cart belongs to one customer shopping for one company. The row is the
 * cart ↔ company link with what the link needs to be safe: the buyer, and whether the
 * cart is still open. One open cart per customer and company (partial unique index).
 * Cart metadata is writable by clients, so the company never lives there.
 */
export const CompanyCart = model
  .define("company_cart", {
    id: model.id({ prefix: "ccart" }).primaryKey(),
    cart_id: model.text(),
    company_id: model.text(),
    customer_id: model.text(),
    completed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id", "customer_id"], unique: true, where: "deleted_at IS NULL AND completed_at IS NULL" },
  ])
