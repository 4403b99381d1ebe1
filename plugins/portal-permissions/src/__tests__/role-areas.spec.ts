import { PORTAL_AREAS, ROLE_AREAS, roleGrantsArea, rolesGrantingArea } from "../lib/role-areas"
import type { MembershipRole } from "../lib/roles"

// The product description's table ("Ändra rättigheter för användare"), written out by hand.
const PRODUCT_TABLE = [
  // role,     support, my_pages, store, user_management
  ["admin", true, true, true, true],
  ["user", true, true, true, false],
  ["support", true, false, false, false],
] as const

describe("role → area table", () => {
  it.each(PRODUCT_TABLE)("%s has exactly the areas of the product description", (role, ...grants) => {
    PORTAL_AREAS.forEach((area, index) => expect(roleGrantsArea(role, area)).toBe(grants[index]))
  })

  it("lists the roles that may enter each area", () => {
    expect(rolesGrantingArea("support").sort()).toEqual(["admin", "support", "user"])
    expect(rolesGrantingArea("my_pages").sort()).toEqual(["admin", "user"])
    expect(rolesGrantingArea("store").sort()).toEqual(["admin", "user"])
    expect(rolesGrantingArea("user_management")).toEqual(["admin"])
  })

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(ROLE_AREAS)).toBe(true)
    expect(roleGrantsArea("nobody" as unknown as MembershipRole, "support")).toBe(false)
  })
})
