import { model } from "@medusajs/framework/utils"

/**
 * A one-time code e-mailed to an account that has no second factor yet and did
 * not come straight from its registration link: only the owner of the mailbox
 * may set up the first factor, so a stolen password alone cannot claim the account.
 */
export const EnrolmentCode = model
  .define("enrolment_code", {
    id: model.id({ prefix: "enc" }).primaryKey(),
    auth_identity_id: model.text(),
    code_hash: model.text(),
    expires_at: model.dateTime(),
    attempts: model.number().default(0),
    used_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["auth_identity_id"] }])
