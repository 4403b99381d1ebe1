import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import QuoteModule from "../modules/quote"

export default defineLink({ linkable: QuoteModule.linkable.quote, field: "draft_order_id" }, OrderModule.linkable.order, { readOnly: true })
