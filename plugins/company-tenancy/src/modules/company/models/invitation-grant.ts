import { model } from "@medusajs/framework/utils"
import { MEMBERSHIP_ROLES } from "@mymonitor/portal-permissions/lib/roles"
import { Invitation } from "./invitation"

/** One membership an invitation grants when accepted: a company and the role there. */
export const InvitationGrant = model
  .define("invitation_grant", {
    id: model.id({ prefix: "invg" }).primaryKey(),
    company_id: model.text(),
    role: model.enum([...MEMBERSHIP_ROLES]).default("user"),
    invitation: model.belongsTo(() => Invitation, { mappedBy: "grants" }),
  })
  .indexes([
    { on: ["company_id"], where: "deleted_at IS NULL" },
    { on: ["invitation_id", "company_id"], unique: true, where: "deleted_at IS NULL" },
  ])
