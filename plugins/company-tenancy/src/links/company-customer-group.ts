import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/** Each company has one customer group: the hook for company prices and price lists. */
export default defineLink(CompanyModule.linkable.company, CustomerModule.linkable.customerGroup)
