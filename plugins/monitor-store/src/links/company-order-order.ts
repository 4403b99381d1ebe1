import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CompanyCommerceModule from "../modules/company-commerce"

/** The order ↔ company link: the company_order row holds the order id; read-only. */
export default defineLink({ linkable: CompanyCommerceModule.linkable.companyOrder, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
