import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { forbidden, PortalError } from "@mymonitor/portal-security/lib/portal-errors"
import { type PortalArea, roleGrantsArea } from "./role-areas"

/**
 * Which area each store route belongs to, for routes that do not name a company
 * in their URL (Medusa's own commerce routes and the portal's cross-company ones).
 * Checked top to bottom, first match decides:
 *
 *   closed     — never for portal users (core self-registration)
 *   session    — any complete session; the route's own tenancy guard decides per company
 *   <area>     — the caller must hold a role granting the area in at least one company
 *                (a support user everywhere never reaches Monitor Store or Mina sidor)
 */
type StoreRouteArea = PortalArea | "session" | "closed"

export const STORE_ROUTE_AREAS: readonly { pattern: RegExp; methods?: string[]; area: StoreRouteArea }[] = [
  { pattern: /^\/store\/customers$/, methods: ["POST"], area: "closed" },
  { pattern: /^\/store\/(companies|permissions|user-management|invitations|admin-registrations|customers\/me)(\/|$)/, area: "session" },
  { pattern: /^\/store\/(orders|returns|return-reasons)(\/|$)/, area: "my_pages" },
  { pattern: /^\/store(\/|$)/, area: "store" },
]

export function areaOfStoreRoute(method: string, path: string): StoreRouteArea | undefined {
  return STORE_ROUTE_AREAS.find((rule) => rule.pattern.test(path) && (!rule.methods || rule.methods.includes(method)))?.area
}

const closed = () =>
  new PortalError(403, "closed", {
    sv: "Konton skapas via en registrerings- eller inbjudningslänk.",
    en: "Accounts are created from a registration or invitation link.",
  })

/** Throws 403 unless the customer may use a store route that names no company. */
export async function assertStoreRouteArea(container: MedusaContainer, customerId: string, method: string, path: string) {
  const area = areaOfStoreRoute(method, path)
  if (!area || area === "session") return
  if (area === "closed") throw closed()
  const memberships = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listMemberships({ customer_id: customerId, status: "active" }, { select: ["role"] })
  if (!memberships.some((membership) => roleGrantsArea(membership.role, area))) throw forbidden()
}
