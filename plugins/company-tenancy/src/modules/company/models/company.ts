import { model } from "@medusajs/framework/utils"
import { Membership } from "./membership"

export const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    name: model.text().searchable(),
    organisation_number: model.text(),
    /** Kundnummer: Monitor's customer number, the key Strapi's tickets and agreements use. */
    customer_number: model.text().unique(),
    memberships: model.hasMany(() => Membership, { mappedBy: "company" }),
  })
  .cascades({ delete: ["memberships"] })
