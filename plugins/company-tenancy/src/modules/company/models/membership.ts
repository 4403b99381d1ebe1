import { model } from "@medusajs/framework/utils"
import { Company } from "./company"
import { MEMBERSHIP_ROLES } from "@mymonitor/portal-permissions/lib/roles"

export const MEMBERSHIP_STATUSES = ["active", "disabled"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

/** A customer's place in one company: exactly one role per company. */
export const Membership = model
  .define("membership", {
    id: model.id({ prefix: "mbr" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...MEMBERSHIP_ROLES]).default("user"),
    status: model.enum([...MEMBERSHIP_STATUSES]).default("active"),
    company: model.belongsTo(() => Company, { mappedBy: "memberships" }),
  })
  .indexes([
    { on: ["company_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
