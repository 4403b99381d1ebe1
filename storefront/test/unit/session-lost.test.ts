// The server actions' locale check (the ESM build of next-intl's client entry is not loaded here).
jest.mock("next-intl", () => ({ hasLocale: (locales: readonly string[], locale: unknown) => locales.includes(String(locale)) }))
// The redirect of next-intl's navigation throws, like Next's; here it records where it went.
class Redirected extends Error {
  constructor(readonly target: unknown) {
    super("redirected")
  }
}
jest.mock("@/i18n/navigation", () => ({
  redirect: jest.fn((target: unknown) => {
    throw new Redirected(target)
  }),
}))
jest.mock("@/lib/session/store", () => ({ clearPending: jest.fn(async () => undefined) }))

import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import type { BackendFailure } from "@/lib/data/backend"
import { logInAgain, restartLogin, sessionLost } from "@/lib/session/lost"
import { clearPending } from "@/lib/session/store"

const unauthorized = (code?: string): BackendFailure => ({
  ok: false,
  code: "unauthorized",
  status: 401,
  error: code ? { code } : undefined,
})
const form = (locale?: string) => {
  const data = new FormData()
  if (locale !== undefined) data.append("locale", locale)
  return data
}

beforeEach(() => jest.clearAllMocks())

describe("localeFrom", () => {
  it("takes the form's locale when the portal has it, else Swedish", () => {
    expect(localeFrom(form("en"))).toBe("en")
    expect(localeFrom(form("sv"))).toBe("sv")
    expect(localeFrom(form("de"))).toBe("sv")
    expect(localeFrom(form())).toBe("sv")
  })
})

describe("a lost session", () => {
  it("is a 401 for the session (ended, expired, required, half-finished), not for a wrong code or password", () => {
    for (const code of [undefined, "unauthorized", "session_required", "session_expired", "session_ended", "mfa_required"]) {
      expect(sessionLost(unauthorized(code))).toBe(true)
    }
    expect(sessionLost(unauthorized("invalid_code"))).toBe(false)
    expect(sessionLost(unauthorized("invalid_credentials"))).toBe(false)
    expect(sessionLost({ ok: false, code: "rejected", status: 403, error: { code: "forbidden" } })).toBe(false)
    expect(sessionLost({ ok: false, code: "rate_limited", status: 429 })).toBe(false)
    expect(sessionLost({ ok: false, code: "backend_unavailable" })).toBe(false)
  })

  it("opens 'Logga in' with the notice, in the visitor's language", () => {
    expect(() => logInAgain("en")).toThrow(Redirected)
    expect(redirect).toHaveBeenCalledWith({ href: { pathname: "/login", query: { reason: "expired" } }, locale: "en" })
    expect(clearPending).not.toHaveBeenCalled()
  })

  it("forgets the half-finished login first when a login step's action finds it", async () => {
    await expect(restartLogin("sv")).rejects.toThrow(Redirected)
    expect(clearPending).toHaveBeenCalledTimes(1)
    expect(redirect).toHaveBeenCalledWith({ href: { pathname: "/login", query: { reason: "expired" } }, locale: "sv" })
  })
})
