import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CompanyCommerceModule from "../modules/company-commerce"

/** The cart ↔ company link: the company_cart row holds the cart id; read-only. */
export default defineLink({ linkable: CompanyCommerceModule.linkable.companyCart, field: "cart_id" }, CartModule.linkable.cart, {
  readOnly: true,
})
