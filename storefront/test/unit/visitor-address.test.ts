import http from "node:http"
import type { AddressInfo } from "node:net"
import visitor from "../../server/visitor-address.cjs"
import { VISITOR_ADDRESS_HEADER } from "@/lib/data/client-address"

const { normalizeAddress, parseTrustedProxies, visitorAddress, attachVisitorAddress, installVisitorAddress } = visitor

describe("normalizeAddress", () => {
  it("drops ports, brackets, zones and the IPv4-mapped prefix", () => {
    expect(normalizeAddress("192.0.2.4")).toBe("192.0.2.4")
    expect(normalizeAddress(" 192.0.2.4:51234 ")).toBe("192.0.2.4")
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
  it("is empty by default and trusts nobody", () => {
    const trusted = parseTrustedProxies(undefined)
    expect(trusted.size).toBe(0)
    expect(trusted.has("127.0.0.1")).toBe(false)
    expect(parseTrustedProxies(" , ").size).toBe(0)
  })

  it("matches single addresses and CIDR ranges, IPv4 and IPv6", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.5 2001:db8:aa::/48,::1")
    expect(trusted.size).toBe(4)
    expect(trusted.has("10.255.1.2")).toBe(true)
    expect(trusted.has("11.0.0.1")).toBe(false)
    expect(trusted.has("192.0.2.5")).toBe(true)
    expect(trusted.has("192.0.2.6")).toBe(false)
    expect(trusted.has("2001:db8:aa:1::9")).toBe(true)
    expect(trusted.has("2001:db8:ab::9")).toBe(false)
    expect(trusted.has("::1")).toBe(true)
    expect(trusted.has("not an address")).toBe(false)
  })

  it("matches an IPv4-mapped IPv6 socket address against IPv4 entries", () => {
    const trusted = parseTrustedProxies("172.16.0.0/12")
    expect(trusted.has("::ffff:172.18.0.3")).toBe(true)
    expect(trusted.has("::ffff:172.32.0.3")).toBe(false)
    expect(parseTrustedProxies("::ffff:192.0.2.7").has("192.0.2.7")).toBe(true)
  })

  it("refuses entries that are not addresses or ranges, naming them", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/"proxy.internal"/)
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/)
    expect(() => parseTrustedProxies("2001:db8::/129")).toThrow(/prefix/)
    expect(() => parseTrustedProxies("10.0.0.0/")).toThrow(/prefix/)
  })
})

describe("visitorAddress", () => {
  const none = parseTrustedProxies("")
  const proxy = parseTrustedProxies("10.0.0.2, 10.0.1.0/24")

  it("is the socket's peer when no proxy is trusted: spoofed X-Forwarded-For is ignored", () => {
    expect(visitorAddress("203.0.113.9", "6.6.6.6", none)).toBe("203.0.113.9")
    expect(visitorAddress("::ffff:203.0.113.9", "6.6.6.6, 7.7.7.7", none)).toBe("203.0.113.9")
    expect(visitorAddress("203.0.113.9", undefined, undefined)).toBe("203.0.113.9")
  })

  it("is the socket's peer when that peer is not a trusted proxy", () => {
    expect(visitorAddress("198.51.100.4", "6.6.6.6", proxy)).toBe("198.51.100.4")
  })

  it("behind a trusted proxy: the first untrusted hop from the right", () => {
    // The proxy appended the real peer to whatever the visitor sent.
    expect(visitorAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", proxy)).toBe("203.0.113.9")
    // Two trusted proxies in a row.
    expect(visitorAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.1.7", proxy)).toBe("203.0.113.9")
    expect(visitorAddress("::ffff:10.0.0.2", "203.0.113.9:4711", proxy)).toBe("203.0.113.9")
    expect(visitorAddress("10.0.0.2", ["6.6.6.6", "[2001:db8::5]:443"], proxy)).toBe("2001:db8::5")
  })

  it("behind a trusted proxy that sent no usable hop: the nearest trusted address", () => {
    expect(visitorAddress("10.0.0.2", undefined, proxy)).toBe("10.0.0.2")
    expect(visitorAddress("10.0.0.2", "", proxy)).toBe("10.0.0.2")
    expect(visitorAddress("10.0.0.2", "10.0.1.9", proxy)).toBe("10.0.1.9")
    // Garbage stops the walk: nothing left of it is believable.
    expect(visitorAddress("10.0.0.2", "6.6.6.6, garbage, 10.0.1.9", proxy)).toBe("10.0.1.9")
  })

  it("is undefined without a socket address", () => {
    expect(visitorAddress(undefined, "6.6.6.6", proxy)).toBeUndefined()
  })
})

describe("attachVisitorAddress", () => {
  function fakeRequest(remoteAddress: string, headers: Record<string, string>) {
    return {
      socket: { remoteAddress },
      headers: { ...headers },
      rawHeaders: Object.entries(headers).flat(),
    } as unknown as http.IncomingMessage
  }

  it("replaces a visitor-sent private header and ignores X-Real-IP", () => {
    const req = fakeRequest("203.0.113.9", {
      "x-mymonitor-visitor-ip": "6.6.6.6",
      "x-real-ip": "6.6.6.6",
      "x-forwarded-for": "6.6.6.6",
    })
    expect(attachVisitorAddress(req, parseTrustedProxies(""))).toBe("203.0.113.9")
    expect(req.headers[VISITOR_ADDRESS_HEADER]).toBe("203.0.113.9")
    expect(req.rawHeaders.filter((_, i) => i % 2 === 1 && req.rawHeaders[i - 1] === VISITOR_ADDRESS_HEADER)).toEqual(["203.0.113.9"])
  })

  it("uses the same header name as the app code reads", () => {
    expect(visitor.VISITOR_ADDRESS_HEADER).toBe(VISITOR_ADDRESS_HEADER)
  })
})

// The preload for real: an HTTP server created after installVisitorAddress(), requests over real
// sockets. Any 127.0.0.0/8 address is this machine, so binding the client to 127.0.0.2 plays a
// different peer (a proxy) than 127.0.0.1.
describe("installVisitorAddress on a real HTTP server", () => {
  const env: Record<string, string | undefined> = { TRUSTED_PROXIES: "" }
  let uninstall: () => void
  let server: http.Server
  let port: number

  beforeAll(async () => {
    uninstall = installVisitorAddress({ modules: [http], env })
    server = http.createServer((req, res) => {
      const client = req.rawHeaders.filter((_, i) => i % 2 === 0 && req.rawHeaders[i].toLowerCase() === VISITOR_ADDRESS_HEADER)
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify({ address: req.headers[VISITOR_ADDRESS_HEADER] ?? null, rawCount: client.length }))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    uninstall()
    await new Promise((resolve) => server.close(resolve))
  })

  function get(headers: Record<string, string>, localAddress = "127.0.0.1"): Promise<{ address: string | null; rawCount: number }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/sv/login", headers, localAddress, agent: false }, (res) => {
        let body = ""
        res.on("data", (chunk) => (body += chunk))
        res.on("end", () => resolve(JSON.parse(body)))
      })
      req.on("error", reject)
      req.end()
    })
  }

  it("gives the socket's address; spoofed X-Forwarded-For, X-Real-IP and private header change nothing", async () => {
    env.TRUSTED_PROXIES = ""
    expect(await get({})).toEqual({ address: "127.0.0.1", rawCount: 1 })
    expect(await get({ "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "6.6.6.6", "X-Mymonitor-Visitor-Ip": "6.6.6.6" })).toEqual({
      address: "127.0.0.1",
      rawCount: 1,
    })
  })

  it("behind a trusted proxy takes the first untrusted X-Forwarded-For hop from the right", async () => {
    env.TRUSTED_PROXIES = "127.0.0.2"
    expect(await get({ "X-Forwarded-For": "6.6.6.6, 203.0.113.9" }, "127.0.0.2")).toEqual({ address: "203.0.113.9", rawCount: 1 })
    // The same headers from a peer that is not the proxy are ignored.
    expect(await get({ "X-Forwarded-For": "6.6.6.6, 203.0.113.9" }, "127.0.0.1")).toEqual({ address: "127.0.0.1", rawCount: 1 })
    env.TRUSTED_PROXIES = "127.0.0.0/30"
    expect(await get({ "X-Forwarded-For": "6.6.6.6, 203.0.113.9, 127.0.0.3", "X-Real-IP": "6.6.6.6" }, "127.0.0.2")).toEqual({
      address: "203.0.113.9",
      rawCount: 1,
    })
  })

  it("refuses an invalid TRUSTED_PROXIES at start, and an invalid value set later trusts nobody", async () => {
    expect(() => installVisitorAddress({ modules: [http], env: { TRUSTED_PROXIES: "not-an-ip" } })).toThrow(/not-an-ip/)
    const error = jest.spyOn(console, "error").mockImplementation(() => {})
    env.TRUSTED_PROXIES = "127.0.0.2, proxy.internal"
    expect(await get({ "X-Forwarded-For": "6.6.6.6" }, "127.0.0.2")).toEqual({ address: "127.0.0.2", rawCount: 1 })
    expect(error).toHaveBeenCalledWith(expect.stringContaining("proxy.internal"))
    error.mockRestore()
    env.TRUSTED_PROXIES = ""
  })

  it("marks the process while installed, and undoes itself", async () => {
    const active = () => (globalThis as Record<symbol, unknown>)[Symbol.for("mymonitor.visitor-address")]
    const original = http.createServer
    installVisitorAddress({ modules: [http], env })() // already installed: undoing this one changes nothing
    expect(active()).toBe(true)
    expect(http.createServer).toBe(original)
    uninstall()
    expect(active()).toBeUndefined()
    expect(http.createServer).not.toBe(original)
    const plain = http.createServer()
    expect(plain.listenerCount("request")).toBe(0)
    uninstall = () => {}
  })
})
