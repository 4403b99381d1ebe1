import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/** One message of a quote's thread, from the customer's side or from vendor staff. */
export const QuoteMessage = model
  .define("quote_message", {
    id: model.id({ prefix: "qmsg" }).primaryKey(),
    author_type: model.enum(["customer", "staff"]),
    author_id: model.text(),
    author_name: model.text(),
    text: model.text(),
    quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["quote_id", "created_at"], where: "deleted_at IS NULL" }])
