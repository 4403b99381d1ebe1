import { clientAddressFrom, forwardingHeaders, VISITOR_ADDRESS_HEADER } from "@/lib/data/client-address"

const from = (headers: Record<string, string>) => clientAddressFrom((name) => headers[name])
const PRELOAD = Symbol.for("mymonitor.visitor-address")
const globals = globalThis as Record<symbol, unknown>

describe("clientAddressFrom", () => {
  afterEach(() => {
    delete globals[PRELOAD]
  })

  describe("with the preload (npm start)", () => {
    beforeEach(() => {
      globals[PRELOAD] = true
    })

    it("takes only the address the preload computed from the socket", () => {
      expect(from({ [VISITOR_ADDRESS_HEADER]: "203.0.113.9" })).toBe("203.0.113.9")
      expect(from({ [VISITOR_ADDRESS_HEADER]: "2001:db8::1" })).toBe("2001:db8::1")
    })

    it("never believes X-Real-IP or X-Forwarded-For: they are the visitor's own words", () => {
      expect(from({ "x-real-ip": "6.6.6.6", "x-forwarded-for": "6.6.6.6" })).toBeUndefined()
      expect(from({ [VISITOR_ADDRESS_HEADER]: "203.0.113.9", "x-real-ip": "6.6.6.6", "x-forwarded-for": "6.6.6.6" })).toBe("203.0.113.9")
    })

    it("gives nothing for garbage or a missing header", () => {
      expect(from({})).toBeUndefined()
      expect(from({ [VISITOR_ADDRESS_HEADER]: "<script>" })).toBeUndefined()
      expect(from({ [VISITOR_ADDRESS_HEADER]: "6.6.6.6, 7.7.7.7" })).toBeUndefined()
    })
  })

  it("without the preload believes no header at all (nothing removed what the visitor sent)", () => {
    expect(from({ [VISITOR_ADDRESS_HEADER]: "6.6.6.6" })).toBeUndefined()
    expect(from({ "x-real-ip": "6.6.6.6" })).toBeUndefined()
  })
})

describe("forwardingHeaders", () => {
  it("sends the secret only together with an address", () => {
    expect(forwardingHeaders("192.0.2.1", "s3cret")).toEqual({ "x-portal-client-ip": "192.0.2.1", "x-portal-forward-secret": "s3cret" })
    expect(forwardingHeaders("192.0.2.1", undefined)).toEqual({ "x-portal-client-ip": "192.0.2.1" })
    expect(forwardingHeaders(undefined, "s3cret")).toEqual({})
  })
})
