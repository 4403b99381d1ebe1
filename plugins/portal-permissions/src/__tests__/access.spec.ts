import { accessOf, closed, declareAccess, publicAccess, requireArea, requireMember, requireSession, requireStage } from "../lib/access"

describe("access declarations", () => {
  beforeAll(() => {
    declareAccess("core", [
      { matcher: "/store*", access: requireArea("store") },
      { matcher: "/store/customers", method: ["POST"], access: closed({ after_session: true }) },
      { matcher: "/auth*", access: publicAccess() },
    ])
    declareAccess("tenancy", [
      { matcher: "/store/companies", method: ["GET"], access: requireSession() },
      { matcher: "/store/companies/:id", method: ["GET"], access: requireMember() },
      { matcher: "/store/companies/:id/users/:customerId", method: ["PATCH"], access: requireArea("user_management") },
    ])
    declareAccess("auth", [
      { matcher: "/auth/portal/login", method: ["POST"], access: publicAccess() },
      { matcher: "/auth/portal*", access: requireStage("complete") },
    ])
  })

  it("the most specific declaration decides", () => {
    expect(accessOf("GET", "/store/companies")?.declaration.owner).toBe("tenancy")
    expect(accessOf("GET", "/store/products")?.declaration.access).toEqual({ kind: "area", area: "store" })
    expect(accessOf("POST", "/store/customers")?.declaration.access.kind).toBe("closed")
    expect(accessOf("GET", "/store/customers")?.declaration.access.kind).toBe("area")
    expect(accessOf("POST", "/auth/portal/login")?.declaration.access.kind).toBe("public")
    expect(accessOf("GET", "/auth/portal/login")?.declaration.access).toEqual({ kind: "stages", stages: ["complete"] })
    expect(accessOf("POST", "/auth/user/emailpass")?.declaration.owner).toBe("core")
  })

  it("matches case-insensitively, as Express routes, and keeps the ids' case", () => {
    const resolved = accessOf("PATCH", "/STORE/Companies/comp_01ABC/users/cus_01XYZ")
    expect(resolved?.declaration.owner).toBe("tenancy")
    expect(resolved?.params).toEqual({ id: "comp_01ABC", customerId: "cus_01XYZ" })
  })

  it("a method the declaration does not name falls to the next one", () => {
    expect(accessOf("DELETE", "/store/companies/comp_01ABC/users/cus_01XYZ")?.declaration.owner).toBe("core")
  })

  it("two plugins cannot declare the same route", () => {
    expect(() => declareAccess("other", [{ matcher: "/store/companies", method: ["GET"], access: publicAccess() }])).toThrow(
      /both tenancy and other/
    )
    // the same plugin loaded twice declares the same thing again without harm
    expect(() => declareAccess("tenancy", [{ matcher: "/store/companies", method: ["GET"], access: requireSession() }])).not.toThrow()
  })
})
