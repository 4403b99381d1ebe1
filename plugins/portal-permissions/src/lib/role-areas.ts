import type { MembershipRole } from "./roles"

/**
 * The one role → area table of the product description ("Ändra rättigheter för
 * användare"). The store guard, the portal navigation (via GET /store/permissions)
 * and the documentation all read this table; nothing else decides access.
 */
export const PORTAL_AREAS = ["support", "my_pages", "store", "user_management"] as const
export type PortalArea = (typeof PORTAL_AREAS)[number]

export const ROLE_AREAS: Readonly<Record<MembershipRole, readonly PortalArea[]>> = Object.freeze({
  admin: ["support", "my_pages", "store", "user_management"],
  user: ["support", "my_pages", "store"],
  support: ["support"],
})

export function roleGrantsArea(role: MembershipRole, area: PortalArea): boolean {
  return ROLE_AREAS[role]?.includes(area) ?? false
}

/** The roles whose members may enter an area: the list queries filter memberships by these. */
export function rolesGrantingArea(area: PortalArea): MembershipRole[] {
  return (Object.keys(ROLE_AREAS) as MembershipRole[]).filter((role) => roleGrantsArea(role, area))
}
