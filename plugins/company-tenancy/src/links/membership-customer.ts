import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/**
 * The membership stores the customer id itself (the tenancy check must be one
 * indexed lookup), so the link to Medusa's customer is read-only: it lets
 * `query.graph` walk membership → customer without a pivot table.
 */
export default defineLink({ linkable: CompanyModule.linkable.membership, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
