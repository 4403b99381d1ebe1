import { model } from "@medusajs/framework/utils"

/**
 * A company's order: one row per Medusa order (unique), written in the same workflow
 * that places the order, and the state of its delivery. `delivery_status` stays
 * "pending" until licenses and invoice are done; the redelivery job picks up what a
 * crash or an error left pending.
 */
export const CompanyOrder = model
  .define("company_order", {
    id: model.id({ prefix: "cord" }).primaryKey(),
    order_id: model.text(),
    cart_id: model.text().nullable(),
    company_id: model.text(),
    customer_id: model.text(),
    /** "Er referens": the buyer's reference or PO number, printed on the invoice. */
    your_reference: model.text().nullable(),
    terms_accepted_at: model.dateTime(),
    delivery_status: model.enum(["pending", "delivered"]).default("pending"),
    delivery_attempts: model.number().default(0),
    last_delivery_error: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
    confirmation_sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id"], where: "deleted_at IS NULL" },
    { on: ["delivery_status"], where: "deleted_at IS NULL AND delivery_status = 'pending'" },
  ])
