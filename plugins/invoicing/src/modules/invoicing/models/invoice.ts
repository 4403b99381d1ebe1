import { model } from "@medusajs/framework/utils"
import { InvoiceLine } from "./invoice-line"

/**
 * An invoice or a credit note. Amounts are integer öre (SEK × 100), everywhere in
 * this plugin. Never deleted: a credit note (own series) undoes an invoice.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "invc" }).primaryKey(),
    series: model.enum(["invoice", "credit_note"]),
    number: model.number(),
    kind: model.enum(["invoice", "credit_note"]),
    credited_invoice_id: model.text().nullable(),
    order_id: model.text().nullable(),
    company_id: model.text(),
    currency_code: model.text(),
    /** Calendar dates in Sweden, YYYY-MM-DD. */
    issue_date: model.text(),
    due_date: model.text(),
    your_reference: model.text().nullable(),
    buyer: model.json(),
    seller: model.json(),
    subtotal: model.number(),
    tax_total: model.number(),
    total: model.number(),
    /** The payment reference (lib/ocr.ts); credit notes have none. */
    ocr: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    /** Set with the credit note that undoes this invoice, in the same transaction. */
    credited_at: model.dateTime().nullable(),
    credit_reason: model.text().nullable(),
    credited_by: model.text().nullable(),
    pdf_file_id: model.text().nullable(),
    recurring: model.boolean().default(false),
    lines: model.hasMany(() => InvoiceLine, { mappedBy: "invoice" }),
  })
  .indexes([
    { on: ["series", "number"], unique: true },
    { on: ["order_id"], unique: true, where: "kind = 'invoice' AND order_id IS NOT NULL" },
    { on: ["credited_invoice_id"], unique: true, where: "credited_invoice_id IS NOT NULL" },
    { on: ["ocr"], unique: true, where: "ocr IS NOT NULL" },
    { on: ["company_id", "issue_date"] },
  ])
