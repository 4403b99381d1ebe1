// Navigation and page guards are computed from the backend's single role→area table
// (GET /store/permissions). This file knows the *names* of the areas the portal has pages for,
// never which role grants which area.

export type Role = "admin" | "user" | "support"

/** The backend's table: role → the areas that role grants. */
export type RoleAreas = Record<string, readonly string[]>

export type PortalArea = "support" | "my_pages" | "store" | "user_management"

export interface MembershipRole {
  role: string
}

/** The union of areas granted by any of the user's memberships. Unknown roles grant nothing. */
export function areasForMemberships(roleAreas: RoleAreas, memberships: readonly MembershipRole[]): ReadonlySet<string> {
  const areas = new Set<string>()
  for (const { role } of memberships) {
    const granted = Object.prototype.hasOwnProperty.call(roleAreas, role) ? roleAreas[role] : []
    for (const area of granted) areas.add(area)
  }
  return areas
}

export interface PortalSection {
  /** Message key under `nav` (or the page's own namespace). */
  key: "overview" | "support" | "myPages" | "store"
  href: "/" | "/support" | "/mina-sidor" | "/monitor-store"
  /** The area that must be granted; `null` means every logged-in user (Översikt). */
  area: PortalArea | null
}

export const PORTAL_SECTIONS: readonly PortalSection[] = [
  { key: "overview", href: "/", area: null },
  { key: "support", href: "/support", area: "support" },
  { key: "myPages", href: "/mina-sidor", area: "my_pages" },
  { key: "store", href: "/monitor-store", area: "store" },
]

export const USER_MANAGEMENT_AREA: PortalArea = "user_management"

export function canAccess(areas: ReadonlySet<string>, area: PortalArea | null): boolean {
  return area === null || areas.has(area)
}

/** The sections shown in the main navigation, in their fixed order. */
export function navigationFor(areas: ReadonlySet<string>): PortalSection[] {
  return PORTAL_SECTIONS.filter((section) => canAccess(areas, section.area))
}
