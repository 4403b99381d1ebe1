import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SingleUseRecoveryCodeProvider from "./service"

export default ModuleProvider(Modules.AUTH, { services: [SingleUseRecoveryCodeProvider as never] })
