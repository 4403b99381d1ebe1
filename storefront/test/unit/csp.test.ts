import { contentSecurityPolicy, createNonce } from "@/lib/security/csp"

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values.join(" ")]
    })
  )

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonce = createNonce()
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(Buffer.from(nonce, "base64")).toHaveLength(16)
    expect(new Set(Array.from({ length: 50 }, createNonce)).size).toBe(50)
  })
})

describe("contentSecurityPolicy", () => {
  it("allows only nonce'd scripts (and what they load), our styles, images and data: URLs", () => {
    const policy = directives(contentSecurityPolicy("abc123+/=="))
    expect(policy).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-abc123+/==' 'strict-dynamic'",
      "style-src": "'self' 'nonce-abc123+/=='",
      "img-src": "'self' data:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    })
  })

  it("never allows inline scripts or eval in production", () => {
    const policy = contentSecurityPolicy(createNonce())
    expect(policy).not.toContain("unsafe-inline")
    expect(policy).not.toContain("unsafe-eval")
  })

  it("adds eval (and inline styles) for next dev only", () => {
    const policy = directives(contentSecurityPolicy("n0nce", { development: true }))
    expect(policy["script-src"]).toBe("'self' 'nonce-n0nce' 'strict-dynamic' 'unsafe-eval'")
    expect(policy["style-src"]).toBe("'self' 'unsafe-inline'")
  })

  it("upgrades insecure requests on an https portal", () => {
    expect(contentSecurityPolicy("n0nce", { https: true })).toMatch(/; upgrade-insecure-requests$/)
    expect(contentSecurityPolicy("n0nce")).not.toContain("upgrade-insecure-requests")
  })

  it("refuses a nonce that would break out of its source expression", () => {
    expect(() => contentSecurityPolicy("x' 'unsafe-inline")).toThrow()
    expect(() => contentSecurityPolicy("x; script-src *")).toThrow()
    expect(() => contentSecurityPolicy("")).toThrow()
  })
})
