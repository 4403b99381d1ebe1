import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ReplayGuardedTotpProvider from "./service"

export default ModuleProvider(Modules.AUTH, { services: [ReplayGuardedTotpProvider] })
