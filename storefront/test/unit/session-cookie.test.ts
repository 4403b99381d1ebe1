import {
  clearedSessionCookieOptions,
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  isSecurePortal,
  sessionCookieOptions,
  tokenMaxAgeSeconds,
} from "@/lib/session/cookie"

const jwt = (payload: object) => ["eyJhbGciOiJIUzI1NiJ9", Buffer.from(JSON.stringify(payload)).toString("base64url"), "signature"].join(".")

const now = Date.UTC(2026, 0, 15, 12, 0, 0)
const nowSeconds = now / 1000

describe("session cookie options", () => {
  it("is httpOnly, SameSite=Lax, Path=/", () => {
    const options = sessionCookieOptions(jwt({ exp: nowSeconds + 3600 }), "http://localhost:8000", now)
    expect(options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" })
  })

  it("is Secure only when the portal URL is https", () => {
    expect(sessionCookieOptions(jwt({}), "https://my.monitor.se", now).secure).toBe(true)
    expect(sessionCookieOptions(jwt({}), "HTTPS://my.monitor.se", now).secure).toBe(true)
    expect(sessionCookieOptions(jwt({}), "http://localhost:8000", now).secure).toBe(false)
    expect(sessionCookieOptions(jwt({}), undefined, now).secure).toBe(false)
    expect(isSecurePortal("httpsfoo://x")).toBe(false)
  })

  it("lives exactly as long as the token", () => {
    expect(sessionCookieOptions(jwt({ exp: nowSeconds + 3600 }), undefined, now).maxAge).toBe(3600)
    expect(tokenMaxAgeSeconds(jwt({ exp: nowSeconds - 10 }), now)).toBe(0)
  })

  it("falls back to the backend's default lifetime for a token without exp or an unreadable token", () => {
    expect(tokenMaxAgeSeconds(jwt({ actor_id: "cus_1" }), now)).toBe(DEFAULT_TOKEN_LIFETIME_SECONDS)
    expect(tokenMaxAgeSeconds("not-a-jwt", now)).toBe(DEFAULT_TOKEN_LIFETIME_SECONDS)
    expect(tokenMaxAgeSeconds("a.%%%.c", now)).toBe(DEFAULT_TOKEN_LIFETIME_SECONDS)
  })

  it("is cleared with the same flags and max-age 0", () => {
    expect(clearedSessionCookieOptions("https://my.monitor.se")).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/",
      maxAge: 0,
    })
  })
})
