import { model } from "@medusajs/framework/utils"

/**
 * One portal login, from the password step until it ends. The signed session
 * token names this row; the guard refuses the token as soon as the row is ended
 * (logout, password reset, 2FA reset, removal from the last company), so a token
 * never outlives what should end it, on every backend process alike.
 */
export const PortalSession = model
  .define("portal_session", {
    id: model.id({ prefix: "pses" }).primaryKey(),
    auth_identity_id: model.text(),
    expires_at: model.dateTime(),
    ended_at: model.dateTime().nullable(),
    end_reason: model.text().nullable(),
  })
  .indexes([{ on: ["auth_identity_id"] }])
