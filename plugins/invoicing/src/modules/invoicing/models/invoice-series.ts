import { model } from "@medusajs/framework/utils"

/**
 * A number series: `invoice` and `credit_note`. `next_number` is taken and
 * incremented in the transaction that inserts the invoice (service.ts), so a number
 * is used exactly once and a failed insert gives it back: no gaps.
 */
export const InvoiceSeries = model
  .define("invoice_series", {
    id: model.id({ prefix: "invser" }).primaryKey(),
    series: model.enum(["invoice", "credit_note"]),
    next_number: model.number().default(1),
    /** Shown before the number: "" for invoices, "K" for credit notes. */
    prefix: model.text().default(""),
  })
  .indexes([{ on: ["series"], unique: true }])
