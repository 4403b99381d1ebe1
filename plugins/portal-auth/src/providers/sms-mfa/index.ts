import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmsMfaProvider from "./service"

export default ModuleProvider(Modules.AUTH, { services: [SmsMfaProvider] })
