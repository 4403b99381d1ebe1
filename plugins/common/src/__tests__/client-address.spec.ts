import type { MedusaRequest } from "@medusajs/framework/http"
import { clientAddress, normalizeAddress, parseTrustedProxies, visitorAddress } from "../lib/client-address"

function request(remoteAddress: string | undefined, headers: Record<string, string | string[]> = {}): MedusaRequest {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
  return {
    socket: { remoteAddress },
    headers: lower,
    get: (name: string) => lower[name.toLowerCase()],
  } as unknown as MedusaRequest
}

describe("normalizeAddress", () => {
  it("drops ports, brackets, zones and the IPv4-mapped prefix", () => {
    expect(normalizeAddress("192.0.2.4:51234")).toBe("192.0.2.4")
    expect(normalizeAddress("[2001:DB8::2]:443")).toBe("2001:db8::2")
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(normalizeAddress("0:0:0:0:0:ffff:192.0.2.9")).toBe("192.0.2.9")
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1")
  })

  it("gives nothing for anything that is not an IP address", () => {
    for (const value of [undefined, "", "unknown", "<script>", "999.1.1.1", "example.com", "1.2.3.4, 5.6.7.8"]) {
      expect(normalizeAddress(value)).toBeUndefined()
    }
  })
})

describe("parseTrustedProxies", () => {
  it("trusts nobody when empty", () => {
    expect(parseTrustedProxies(undefined).has("127.0.0.1")).toBe(false)
    expect(parseTrustedProxies("").size).toBe(0)
  })

  it("matches addresses and CIDR ranges, IPv4 and IPv6, and IPv4-mapped peers", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.5 2001:db8:aa::/48,::1")
    expect(trusted.size).toBe(4)
    expect(trusted.has("10.255.1.2")).toBe(true)
    expect(trusted.has("::ffff:10.255.1.2")).toBe(true)
    expect(trusted.has("11.0.0.1")).toBe(false)
    expect(trusted.has("192.0.2.5")).toBe(true)
    expect(trusted.has("192.0.2.6")).toBe(false)
    expect(trusted.has("2001:db8:aa:ffff::1")).toBe(true)
    expect(trusted.has("2001:db8:ab::1")).toBe(false)
    expect(trusted.has("::1")).toBe(true)
  })

  it("refuses entries that are not addresses or ranges, naming them", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/"proxy.internal"/)
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/)
    expect(() => parseTrustedProxies("2001:db8::/200")).toThrow(/prefix/)
  })
})

describe("visitorAddress", () => {
  const proxy = parseTrustedProxies("10.0.0.2, 10.0.1.0/24")

  it("is the socket's peer unless that peer is a trusted proxy", () => {
    expect(visitorAddress("203.0.113.9", "6.6.6.6", parseTrustedProxies(""))).toBe("203.0.113.9")
    expect(visitorAddress("::ffff:198.51.100.4", "6.6.6.6", proxy)).toBe("198.51.100.4")
  })

  it("behind trusted proxies: the first untrusted X-Forwarded-For hop from the right", () => {
    expect(visitorAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", proxy)).toBe("203.0.113.9")
    expect(visitorAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.1.7", proxy)).toBe("203.0.113.9")
    expect(visitorAddress("10.0.0.2", ["6.6.6.6", "[2001:db8::5]:443"], proxy)).toBe("2001:db8::5")
  })

  it("stops at the nearest trusted address when no usable hop is left", () => {
    expect(visitorAddress("10.0.0.2", undefined, proxy)).toBe("10.0.0.2")
    expect(visitorAddress("10.0.0.2", "6.6.6.6, garbage, 10.0.1.9", proxy)).toBe("10.0.1.9")
    expect(visitorAddress(undefined, "6.6.6.6", proxy)).toBeUndefined()
  })
})

describe("clientAddress", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it("believes X-Portal-Client-Ip only with the right forwarding secret", () => {
    process.env.PORTAL_FORWARD_SECRET = "forwarding-secret-of-the-test-0123456789"
    const withSecret = { "X-Portal-Client-Ip": "203.0.113.10", "X-Portal-Forward-Secret": "forwarding-secret-of-the-test-0123456789" }
    expect(clientAddress(request("127.0.0.1", withSecret))).toBe("203.0.113.10")
    expect(clientAddress(request("127.0.0.1", { ...withSecret, "X-Portal-Forward-Secret": "wrong" }))).toBe("127.0.0.1")
    expect(clientAddress(request("127.0.0.1", { "X-Portal-Client-Ip": "203.0.113.10" }))).toBe("127.0.0.1")
    expect(clientAddress(request("127.0.0.1", { ...withSecret, "X-Portal-Client-Ip": "<script>" }))).toBe("127.0.0.1")
    delete process.env.PORTAL_FORWARD_SECRET
    expect(clientAddress(request("127.0.0.1", withSecret))).toBe("127.0.0.1")
  })

  it("ignores X-Forwarded-For and X-Real-IP from a peer that is not a trusted proxy", () => {
    delete process.env.TRUSTED_PROXIES
    const spoofed = { "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "6.6.6.6" }
    expect(clientAddress(request("::ffff:203.0.113.9", spoofed))).toBe("203.0.113.9")
    process.env.TRUSTED_PROXIES = "10.0.0.2"
    expect(clientAddress(request("203.0.113.9", spoofed))).toBe("203.0.113.9")
  })

  it("behind a proxy listed in TRUSTED_PROXIES takes the first untrusted hop from the right", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/24"
    expect(clientAddress(request("10.0.0.2", { "X-Forwarded-For": "6.6.6.6, 198.51.100.23", "X-Real-IP": "6.6.6.6" }))).toBe(
      "198.51.100.23"
    )
  })

  it("trusts no proxy when TRUSTED_PROXIES is invalid, and says so", () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => {})
    process.env.TRUSTED_PROXIES = "10.0.0.2, proxy.internal"
    expect(clientAddress(request("10.0.0.2", { "X-Forwarded-For": "6.6.6.6" }))).toBe("10.0.0.2")
    expect(error).toHaveBeenCalledWith(expect.stringContaining("proxy.internal"))
    error.mockRestore()
  })

  it("answers 'unknown' without a socket address", () => {
    expect(clientAddress(request(undefined))).toBe("unknown")
  })
})
