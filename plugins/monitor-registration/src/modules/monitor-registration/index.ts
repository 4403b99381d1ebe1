import { Module } from "@medusajs/framework/utils"
import MonitorRegistrationModuleService from "./service"

export const MONITOR_REGISTRATION_MODULE = "monitorRegistration"

export default Module(MONITOR_REGISTRATION_MODULE, {
  service: MonitorRegistrationModuleService,
})

export { MonitorRegistrationModuleService }
export {
  newInstallationSecret,
  registrationTtlHours,
  toInstallationView,
  type CompanyErpFacts,
  type ErpInstallationView,
  type ErpUser,
  type LinkDescription,
  type LinkGrant,
  type LinkStatus,
} from "./service"
