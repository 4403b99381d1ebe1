import { model } from "@medusajs/framework/utils"

/** A "Glömt lösenord" link: random, stored as a hash, single use, short-lived. */
export const PasswordReset = model
  .define("password_reset", {
    id: model.id({ prefix: "pwr" }).primaryKey(),
    auth_identity_id: model.text(),
    email: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["auth_identity_id"] }])
