import { areasForMemberships, canAccess, navigationFor, type RoleAreas } from "@/lib/permissions/areas"

// The shape the backend answers on GET /store/permissions (a fixture here: the storefront
// itself never holds this table).
const roleAreas: RoleAreas = {
  admin: ["support", "my_pages", "store", "user_management"],
  user: ["support", "my_pages", "store"],
  support: ["support"],
}

const navKeys = (memberships: { role: string }[]) =>
  navigationFor(areasForMemberships(roleAreas, memberships)).map((section) => section.key)

describe("areasForMemberships", () => {
  it("is the union over all memberships", () => {
    const areas = areasForMemberships(roleAreas, [{ role: "user" }, { role: "support" }])
    expect([...areas].sort()).toEqual(["my_pages", "store", "support"])
  })

  it("grants nothing for no memberships and for roles the table does not know", () => {
    expect(areasForMemberships(roleAreas, []).size).toBe(0)
    expect(areasForMemberships(roleAreas, [{ role: "owner" }, { role: "constructor" }]).size).toBe(0)
  })

  it("follows the table it is given, not a copy of its own", () => {
    const areas = areasForMemberships({ support: ["support", "store"] }, [{ role: "support" }])
    expect(areas.has("store")).toBe(true)
  })
})

describe("navigationFor", () => {
  it("shows everything to an administrator, in the fixed order", () => {
    expect(navKeys([{ role: "admin" }])).toEqual(["overview", "support", "myPages", "store"])
  })

  it("shows Översikt and Support to a support user only", () => {
    expect(navKeys([{ role: "support" }])).toEqual(["overview", "support"])
  })

  it("shows a user with a support role in one company and user in another the union", () => {
    expect(navKeys([{ role: "support" }, { role: "user" }])).toEqual(["overview", "support", "myPages", "store"])
  })

  it("always shows Översikt", () => {
    expect(navKeys([])).toEqual(["overview"])
  })
})

describe("canAccess", () => {
  it("grants user management only to administrators", () => {
    expect(canAccess(areasForMemberships(roleAreas, [{ role: "admin" }]), "user_management")).toBe(true)
    expect(canAccess(areasForMemberships(roleAreas, [{ role: "user" }, { role: "support" }]), "user_management")).toBe(false)
    expect(canAccess(new Set(), null)).toBe(true)
  })
})
