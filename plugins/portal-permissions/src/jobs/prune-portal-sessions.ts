import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "../modules/portal-session"

/** Every night: sessions that ended or expired a month ago are gone for good. */
export default async function prunePortalSessions(container: MedusaContainer) {
  const pruned = await container.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE).pruneSessions()
  if (pruned) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Pruned ${pruned} ended portal sessions`)
}

export const config = { name: "prune-portal-sessions", schedule: "17 3 * * *" }
