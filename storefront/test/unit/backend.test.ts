// The preload (server/visitor-address.cjs) computed 203.0.113.9 from the socket; the visitor's own
// X-Forwarded-For / X-Real-IP must not matter.
jest.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-mymonitor-visitor-ip": "203.0.113.9", "x-forwarded-for": "10.0.0.66, 6.6.6.6", "x-real-ip": "6.6.6.6" }),
}))
;(globalThis as Record<symbol, unknown>)[Symbol.for("mymonitor.visitor-address")] = true

import { backendRequestUrl, callBackend, failureFor } from "@/lib/data/backend"

type FetchCall = { url: string; init: RequestInit }
let calls: FetchCall[] = []
const realFetch = global.fetch

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers })
  }) as typeof fetch
}

beforeEach(() => {
  calls = []
  process.env.MEDUSA_BACKEND_URL = "http://backend.test:9000"
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test"
  process.env.PORTAL_FORWARD_SECRET = "forward-secret"
})
afterAll(() => {
  global.fetch = realFetch
})

describe("failureFor", () => {
  it("maps 401 to unauthorized and keeps the backend's code and message", () => {
    expect(failureFor(401, { code: "invalid_code", message: { sv: "Fel kod.", en: "Wrong code." } })).toEqual({
      ok: false,
      code: "unauthorized",
      status: 401,
      error: { code: "invalid_code", message: { sv: "Fel kod.", en: "Wrong code." } },
    })
  })

  it("maps 429 to rate_limited with Retry-After", () => {
    expect(failureFor(429, { code: "rate_limited" }, "30")).toMatchObject({ code: "rate_limited", retryAfterSeconds: 30 })
    expect(failureFor(429, undefined, "soon").retryAfterSeconds).toBeUndefined()
  })

  it("maps 5xx to backend_unavailable and other 4xx to rejected with the field errors", () => {
    expect(failureFor(503, undefined).code).toBe("backend_unavailable")
    const rejected = failureFor(400, {
      code: "invalid_data",
      message: { sv: "Ogiltiga uppgifter.", en: "Invalid data." },
      fields: { password: [{ sv: "För kort.", en: "Too short." }], name: ["Bara en sträng"], phone: [42] },
    })
    expect(rejected).toMatchObject({
      code: "rejected",
      status: 400,
      error: {
        fields: { password: [{ sv: "För kort.", en: "Too short." }], name: [{ sv: "Bara en sträng", en: "Bara en sträng" }], phone: [] },
      },
    })
  })

  it("reads Medusa's own error shape (type + string message) too", () => {
    expect(failureFor(409, { type: "conflict", message: "Already there" }).error).toEqual({
      code: "conflict",
      message: { sv: "Already there", en: "Already there" },
    })
  })
})

describe("backendRequestUrl", () => {
  it("joins the path and drops empty query values", () => {
    expect(backendRequestUrl("/store/companies", { limit: 50, offset: 0, q: undefined })).toBe(
      "http://backend.test:9000/store/companies?limit=50&offset=0"
    )
  })
})

describe("callBackend", () => {
  it("sends JSON, the publishable key and the visitor's address with the forward secret", async () => {
    answer(200, { ok: 1 })
    const result = await callBackend("/auth/portal/login", { method: "POST", body: { email: "a@b.se" } })
    expect(result).toEqual({ ok: true, data: { ok: 1 }, status: 200 })
    const [{ url, init }] = calls
    expect(url).toBe("http://backend.test:9000/auth/portal/login")
    expect(init.method).toBe("POST")
    expect(init.body).toBe(JSON.stringify({ email: "a@b.se" }))
    expect(init.headers).toMatchObject({
      "content-type": "application/json",
      "x-publishable-api-key": "pk_test",
      "x-portal-client-ip": "203.0.113.9",
      "x-portal-forward-secret": "forward-secret",
    })
  })

  it("sends the address but no secret when PORTAL_FORWARD_SECRET is not set", async () => {
    delete process.env.PORTAL_FORWARD_SECRET
    answer(200, {})
    await callBackend("/store/permissions")
    expect(calls[0].init.headers).toMatchObject({ "x-portal-client-ip": "203.0.113.9" })
    expect(calls[0].init.headers).not.toHaveProperty("x-portal-forward-secret")
  })

  it("answers a failure value for an error status", async () => {
    answer(409, { code: "last_admin", message: { sv: "Företaget måste ha minst en administratör.", en: "x" } })
    const result = await callBackend("/store/companies/c/users/u", { method: "PATCH", body: { role: "user" } })
    expect(result).toMatchObject({ ok: false, code: "rejected", status: 409, error: { code: "last_admin" } })
  })

  it("answers backend_unavailable when the backend cannot be reached", async () => {
    jest.spyOn(console, "error").mockImplementation(() => {})
    global.fetch = jest.fn(async () => {
      throw new TypeError("fetch failed")
    }) as typeof fetch
    expect(await callBackend("/auth/portal/session")).toEqual({ ok: false, code: "backend_unavailable" })
  })
})
