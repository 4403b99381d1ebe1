import { cache } from "react"
import { cookies } from "next/headers"
import { areasForMemberships, type RoleAreas } from "@/lib/permissions/areas"
import { SESSION_COOKIE } from "@/lib/session/cookie"
import { sessionLost } from "@/lib/session/lost"
import { listMyCompanies, type CompanyMembership } from "./companies"
import { retrieveCurrentCustomer, type Customer } from "./customer"
import { retrieveRoleAreas } from "./permissions"

export type PortalSession =
  | { status: "authenticated"; customer: Customer; companies: CompanyMembership[]; areas: ReadonlySet<string>; roleAreas: RoleAreas }
  | { status: "unauthenticated" }
  | { status: "backend_unavailable" }

/**
 * Who is logged in, their companies and the union of areas their memberships grant.
 * Cached per request so that the portal layout and its page share one set of backend calls.
 */
export const getPortalSession = cache(async (): Promise<PortalSession> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value
  if (!token) return { status: "unauthenticated" }

  const [customer, companies, roleAreas] = await Promise.all([
    retrieveCurrentCustomer(token),
    listMyCompanies(token),
    retrieveRoleAreas(token),
  ])
  for (const result of [customer, companies, roleAreas]) {
    if (!result.ok && sessionLost(result)) return { status: "unauthenticated" }
  }
  if (!customer.ok || !companies.ok || !roleAreas.ok) return { status: "backend_unavailable" }

  return {
    status: "authenticated",
    customer: customer.data,
    companies: companies.data,
    areas: areasForMemberships(roleAreas.data, companies.data),
    roleAreas: roleAreas.data,
  }
})
