import { Module } from "@medusajs/framework/utils"
import CompanyModuleService, { toCompanyWithRole } from "./service"

export const COMPANY_MODULE = "company"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
})

export * from "./roles"
export type { CompanyWithRole } from "./service"
export { CompanyModuleService, toCompanyWithRole }
