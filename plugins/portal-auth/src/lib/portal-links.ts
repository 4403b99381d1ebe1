import type { MedusaContainer } from "@medusajs/framework/types"
import type { MembershipRole } from "@mymonitor/company-tenancy/modules/company"

/**
 * A link that lets someone into companies: the ERP's registration link
 * (monitor-registration) or an administrator's invitation (company-tenancy).
 * Both owners' module services answer the same three calls; this plugin reaches
 * them at run time through the container, by kind.
 */
export type LinkKind = "registration" | "invitation"
export type LinkStatus = "valid" | "expired" | "used" | "revoked"
export type LinkDescription = { email: string; grants: { company_id: string; role: MembershipRole }[]; status: LinkStatus }

export interface LinkOwner {
  describeLink(token: string): Promise<LinkDescription | null>
  consumeLink(token: string): Promise<LinkDescription | null>
  restoreLink(token: string): Promise<void>
}

export const LINK_OWNERS: Record<LinkKind, string> = { registration: "monitorRegistration", invitation: "company" }

export const LINK_KINDS = Object.keys(LINK_OWNERS) as LinkKind[]

export function linkOwner(container: MedusaContainer, kind: LinkKind): LinkOwner {
  return container.resolve<LinkOwner>(LINK_OWNERS[kind])
}
