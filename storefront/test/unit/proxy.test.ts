import { NextRequest } from "next/server"
import proxy, { config, isPublicPath, isRoutedPath } from "@/proxy"
import { encodePending } from "@/lib/session/pending"

function request(path: string, init: { cookies?: Record<string, string>; headers?: Record<string, string>; method?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.cookies) {
    headers.set(
      "cookie",
      Object.entries(init.cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join("; ")
    )
  }
  return new NextRequest(new URL(path, "http://portal.test"), { headers, method: init.method })
}

const policyOf = (response: Response) => response.headers.get("content-security-policy") ?? ""
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1]
/** What the page render receives as request headers (NextResponse.next/rewrite's override list). */
function forwarded(response: Response, name: string) {
  const listed = (response.headers.get("x-middleware-override-headers") ?? "").split(",")
  return listed.includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null
}

describe("proxy: content security policy", () => {
  it("answers a page with a policy carrying a fresh nonce, and passes both to the render", () => {
    const first = proxy(request("/sv/login"))
    const policy = policyOf(first)
    const nonce = nonceOf(policy)
    expect(nonce).toBeTruthy()
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(forwarded(first, "x-nonce")).toBe(nonce)
    expect(forwarded(first, "content-security-policy")).toBe(policy)
    // next-intl's own request header still reaches the page.
    expect(forwarded(first, "x-next-intl-locale")).toBe("sv")
    expect(nonceOf(policyOf(proxy(request("/sv/login"))))).not.toBe(nonce)
  })

  it("replaces a policy or nonce the visitor sent in the request", () => {
    const response = proxy(request("/sv/login", { headers: { "content-security-policy": "script-src 'nonce-evil'", "x-nonce": "evil" } }))
    const nonce = nonceOf(policyOf(response))
    expect(nonce).not.toBe("evil")
    expect(forwarded(response, "x-nonce")).toBe(nonce)
    expect(forwarded(response, "content-security-policy")).toBe(policyOf(response))
  })

  it("keeps the other request headers for the render", () => {
    const response = proxy(request("/sv/login", { headers: { "accept-language": "sv", "x-custom": "1" } }))
    expect(forwarded(response, "x-custom")).toBe("1")
    expect(forwarded(response, "accept-language")).toBe("sv")
  })

  it("puts the policy on redirects and on paths outside locale routing too", () => {
    expect(policyOf(proxy(request("/sv")))).toMatch(/'nonce-/)
    for (const path of ["/favicon.ico", "/api/anything", "/robots.txt", "/_nextish", "/_vercel/x"]) {
      const response = proxy(request(path))
      expect(policyOf(response)).toMatch(/'nonce-/)
      expect(response.headers.get("x-middleware-next")).toBe("1")
      expect(response.headers.get("location")).toBeNull()
      expect(forwarded(response, "x-nonce")).toBe(nonceOf(policyOf(response)))
    }
  })

  it("runs for every page: the matcher leaves out only Next's internals and .json paths", () => {
    const matcher = new RegExp(`^${config.matcher}$`)
    for (const path of ["/", "/sv", "/sv/login", "/en/support", "/favicon.ico", "/api/x", "/anything.php", "/_vercel/x", "/x.jsonp"]) {
      expect(matcher.test(path)).toBe(true)
    }
    for (const path of ["/_next/static/chunks/app.js", "/_next/image", "/_next/data/b/x.json", "/sv/x.json"]) {
      expect(matcher.test(path)).toBe(false)
    }
  })
})

describe("proxy: routing and the login guard (unchanged)", () => {
  const location = (response: Response) => {
    const value = response.headers.get("location")
    return value ? new URL(value).pathname : null
  }

  it("routes exactly the paths the former matcher routed", () => {
    for (const path of ["/", "/sv", "/sv/login", "/en/hantera-anvandare", "/foo"]) expect(isRoutedPath(path)).toBe(true)
    for (const path of ["/api", "/api/x", "/apix", "/_next/data/x", "/_vercel/insights", "/favicon.ico", "/sv/a.b"]) {
      expect(isRoutedPath(path)).toBe(false)
    }
  })

  it("sends / and unprefixed paths to the Swedish portal", () => {
    expect(location(proxy(request("/")))).toBe("/sv")
    expect(location(proxy(request("/login")))).toBe("/sv/login")
  })

  it("sends a visitor without a session cookie to the login", () => {
    expect(location(proxy(request("/sv")))).toBe("/sv/login")
    expect(location(proxy(request("/en/support/")))).toBe("/en/login")
    expect(proxy(request("/sv")).status).toBe(307)
  })

  it("continues a half-finished login at its step", () => {
    const pending = encodePending({ token: "t", step: "setup" })
    expect(location(proxy(request("/sv/mina-sidor", { cookies: { mymonitor_pending: pending } })))).toBe("/sv/login/tvastegsverifiering")
  })

  it("lets public pages and visitors with a session through", () => {
    for (const path of ["/sv/login", "/sv/login/kod", "/en/registrera", "/sv/glomt-losenord"]) {
      const response = proxy(request(path))
      expect(response.headers.get("location")).toBeNull()
      expect(response.headers.get("x-middleware-next")).toBe("1")
    }
    const withSession = proxy(request("/sv/support", { cookies: { mymonitor_session: "jwt" } }))
    expect(withSession.headers.get("location")).toBeNull()
    expect(isPublicPath("/login/e-postkod")).toBe(true)
    expect(isPublicPath("/support")).toBe(false)
  })

  it("does not route or guard paths outside locale routing", () => {
    expect(location(proxy(request("/api/x")))).toBeNull()
    expect(location(proxy(request("/sv/file.txt")))).toBeNull()
  })
})
