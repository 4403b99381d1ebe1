import { model } from "@medusajs/framework/utils"
import { InvitationGrant } from "./invitation-grant"

/**
 * "Bjud in användare": one e-mailed link that grants memberships in one or more
 * companies. Only the SHA-256 hash of the link's token is stored; resending
 * replaces it, so the previous link stops working. A link is pending until it is
 * accepted (single use), revoked or expired.
 */
export const Invitation = model
  .define("invitation", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    email: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    accepted_by_customer_id: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    invited_by_customer_id: model.text().nullable(),
    send_count: model.number().default(1),
    last_sent_at: model.dateTime(),
    grants: model.hasMany(() => InvitationGrant, { mappedBy: "invitation" }),
  })
  .indexes([{ on: ["email"], where: "deleted_at IS NULL" }])
  .cascades({ delete: ["grants"] })
