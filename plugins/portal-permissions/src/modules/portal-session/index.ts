import { Module } from "@medusajs/framework/utils"
import PortalSessionModuleService from "./service"

export const PORTAL_SESSION_MODULE = "portalSession"

export default Module(PORTAL_SESSION_MODULE, { service: PortalSessionModuleService })

export { PortalSessionModuleService }
export type { SessionEndReason } from "./service"
