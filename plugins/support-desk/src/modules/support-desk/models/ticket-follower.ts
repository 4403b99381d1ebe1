import { model } from "@medusajs/framework/utils"

/**
 * A customer who follows a support ticket and gets its mails. The ticket lives in Strapi
 * (`ticket_id` is its documentId); the company is kept beside it so a follower list is
 * never read across companies. The creator follows from the start.
 */
export const TicketFollower = model
  .define("ticket_follower", {
    id: model.id({ prefix: "tfol" }).primaryKey(),
    ticket_id: model.text(),
    company_id: model.text(),
    customer_id: model.text(),
  })
  .indexes([
    { on: ["ticket_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
