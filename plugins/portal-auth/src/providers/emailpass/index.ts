import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ConstantTimeEmailPassProvider from "./service"

export default ModuleProvider(Modules.AUTH, { services: [ConstantTimeEmailPassProvider as never] })
