import type { MedusaContainer } from "@medusajs/framework/types"
import type { MembershipRole } from "./roles"

/** What the access layer needs to know about a membership; company-tenancy owns the rows. */
export type ActiveMembership = { id: string; company_id: string; customer_id: string; role: MembershipRole }

/**
 * The port through which the access layer reads memberships. portal-permissions sits
 * below company-tenancy (company-tenancy stores the roles defined here), so it cannot
 * import the company module; company-tenancy provides this source when its
 * middlewares load, before the first request.
 */
export type MembershipSource = {
  /** The caller's active memberships, in the given companies only when `companyIds` is given. */
  activeMemberships(container: MedusaContainer, customerId: string, companyIds?: readonly string[]): Promise<ActiveMembership[]>
}

let provided: MembershipSource | undefined

export function provideMembershipSource(source: MembershipSource) {
  provided = source
}

export function membershipSource(): MembershipSource {
  if (!provided) throw new Error("No membership source: company-tenancy provides it from its api/middlewares.ts")
  return provided
}
