import { Module } from "@medusajs/framework/utils"
import CompanyCommerceModuleService from "./service"

export const COMPANY_COMMERCE_MODULE = "companyCommerce"

export default Module(COMPANY_COMMERCE_MODULE, { service: CompanyCommerceModuleService })

export { CompanyCommerceModuleService }
export type { CompanyCartRow, CompanyOrderRow, RecordCompanyOrderInput } from "./service"
