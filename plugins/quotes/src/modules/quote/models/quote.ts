import { model } from "@medusajs/framework/utils"
import { QuoteMessage } from "./quote-message"

/**
 * A quote: a company's request, priced by vendor staff, beside one Medusa draft order (unique).
 * "expired" is never stored: a sent quote past `valid_until` reads as expired (quote-status.ts).
 */
export const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    /** The number the customer and staff see ("Offert 1001"). */
    display_id: model.autoincrement(),
    company_id: model.text(),
    /** The customer who asked ("Begärd av"). */
    customer_id: model.text(),
    draft_order_id: model.text(),
    status: model.enum(["requested", "sent", "accepted", "declined", "cancelled"]).default("requested"),
    /** "Er referens", printed on the quote, the order's invoice. */
    your_reference: model.text().nullable(),
    valid_until: model.dateTime().nullable(),
    /** The draft order's `version` when staff pressed "Skicka offert": accepting needs it unchanged. */
    sent_version: model.number().nullable(),
    sent_at: model.dateTime().nullable(),
    /** Who accepted, declined or cancelled: a customer id, or a staff user id (`decided_by_type`). */
    decided_by_id: model.text().nullable(),
    decided_by_type: model.enum(["customer", "staff"]).nullable(),
    decided_by_name: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The PDF as sent, or as accepted, in the File Module's private storage (rendered again when missing). */
    pdf_file_id: model.text().nullable(),
    reminder_sent_at: model.dateTime().nullable(),
    expiry_notice_sent_at: model.dateTime().nullable(),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
  })
  .cascades({ delete: ["messages"] })
  .indexes([
    { on: ["draft_order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
