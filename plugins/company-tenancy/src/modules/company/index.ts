import { Module } from "@medusajs/framework/utils"
import CompanyModuleService, { INVITATION_NOT_PENDING, LAST_ADMIN, toCompanyWithRole } from "./service"

export const COMPANY_MODULE = "company"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
})

export * from "@mymonitor/portal-permissions/lib/roles"
export * from "./invitations"
export type { CompanyWithRole, NewInvitation } from "./service"
export { CompanyModuleService, toCompanyWithRole, LAST_ADMIN, INVITATION_NOT_PENDING }
