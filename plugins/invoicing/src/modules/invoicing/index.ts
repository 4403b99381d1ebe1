import { Module } from "@medusajs/framework/utils"
import InvoicingModuleService from "./service"

export const INVOICING_MODULE = "invoicing"

export default Module(INVOICING_MODULE, { service: InvoicingModuleService })

export { InvoicingModuleService }
export { DEMO_SELLER, INVOICE_NOT_FOUND, invoiceStatus, sellerFactsFrom, toBillingProfileDTO, toInvoiceDTO } from "./service"
export * from "./types"
