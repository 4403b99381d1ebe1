import { Module } from "@medusajs/framework/utils"
import SupportDeskModuleService from "./service"

export const SUPPORT_DESK_MODULE = "supportDesk"

export default Module(SUPPORT_DESK_MODULE, { service: SupportDeskModuleService })

export { SupportDeskModuleService }
export type { SupportDeskOptions } from "./service"
