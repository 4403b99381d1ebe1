import { SUPPORT_DESK_MODULE, type SupportDeskModuleService } from "../modules/support-desk"

type Resolver = { resolve<T>(key: string): T }

export const supportDeskOf = (container: Resolver) => container.resolve<SupportDeskModuleService>(SUPPORT_DESK_MODULE)
export const strapiOf = (container: Resolver) => supportDeskOf(container).strapi()
