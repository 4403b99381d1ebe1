import { model } from "@medusajs/framework/utils"

/** A Strapi push already handled, by its event id: Strapi retries until acknowledged, so the same id can come twice. */
export const StrapiHookEvent = model
  .define("strapi_hook_event", {
    id: model.id({ prefix: "shev" }).primaryKey(),
    event_id: model.text(),
    type: model.text(),
    received_at: model.dateTime(),
  })
  .indexes([{ on: ["event_id"], unique: true }])
