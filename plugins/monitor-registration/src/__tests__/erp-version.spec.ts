import { compareErpVersions, parseErpVersion, supportsPortal } from "../lib/erp-version"

describe("ERP version gate (25.7)", () => {
  it.each([
    ["25.7", true],
    ["25.7.0", true],
    ["25.7.2", true],
    ["25.10", true],
    ["26.0.1", true],
    ["25.6.9", false],
    ["24.12", false],
    ["9.99", false],
  ])("%s supports the portal: %s", (version, expected) => {
    expect(supportsPortal(version)).toBe(expected)
  })

  it("compares numerically per part", () => {
    expect(compareErpVersions("25.10", "25.7")).toBeGreaterThan(0)
    expect(compareErpVersions("25.7", "25.7.0")).toBe(0)
    expect(compareErpVersions("25.7.1", "25.7.10")).toBeLessThan(0)
  })

  it.each(["", "25", "25.x", "v25.7", "25.7.1.4", "25..7"])("refuses the malformed version %p", (version) => {
    expect(parseErpVersion(version)).toBeUndefined()
    expect(supportsPortal(version)).toBe(false)
    expect(() => compareErpVersions(version, "25.7")).toThrow(RangeError)
  })
})
