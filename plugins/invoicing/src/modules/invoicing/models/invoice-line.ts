import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"

/** One line of an invoice: amounts in integer öre, excluding VAT; `tax` is this line's share for display only. */
export const InvoiceLine = model.define("invoice_line", {
  id: model.id({ prefix: "invl" }).primaryKey(),
  position: model.number(),
  description: model.text(),
  quantity: model.number(),
  unit_price: model.number(),
  /** Percent, e.g. 25. */
  tax_rate: model.number(),
  subtotal: model.number(),
  tax: model.number(),
  invoice: model.belongsTo(() => Invoice, { mappedBy: "lines" }),
})
