jest.mock("next/headers", () => ({ headers: async () => new Headers() }))
// The server actions' locale check (next-intl ships ESM only, which jest does not load).
jest.mock("next-intl", () => ({ hasLocale: (locales: readonly string[], locale: unknown) => locales.includes(String(locale)) }))
jest.mock("@/i18n/routing", () => ({ routing: { locales: ["sv", "en"], defaultLocale: "sv" } }))

import { confirmPasswordReset, requestPasswordReset } from "@/lib/data/auth"
import { problemFields, rateLimitError, resetFieldProblems, resetLinkUnusable } from "@/modules/auth/password-reset"
import { requestReset, resetPassword } from "@/modules/auth/password-reset-actions"

let calls: { url: string; init: RequestInit }[] = []
function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return new Response(JSON.stringify(body), { status, headers })
  }) as typeof fetch
}
function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.append(name, value)
  return data
}
beforeEach(() => {
  calls = []
  process.env.MEDUSA_BACKEND_URL = "http://backend.test"
})

const expired = {
  code: "link_expired",
  message: { sv: "Länken har gått ut eller redan använts. Be om en ny.", en: "The link has expired." },
}
const weak = {
  code: "invalid_data",
  message: { sv: "Ogiltiga uppgifter.", en: "Invalid data." },
  fields: { password: [{ sv: "Lösenordet är för vanligt eller lätt att gissa.", en: "The password is too common or easy to guess." }] },
}

describe("password reset data functions", () => {
  it("asks for a reset link with the address (202, the same answer for every address)", async () => {
    answer(202, { status: "email_sent" })
    expect(await requestPasswordReset("anna@kund.se")).toMatchObject({ ok: true, status: 202, data: { status: "email_sent" } })
    expect(calls[0].url).toBe("http://backend.test/auth/portal/password-reset")
    expect(calls[0].init.method).toBe("POST")
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ email: "anna@kund.se" })
  })

  it("answers a spent rate limit with the wait from Retry-After", async () => {
    answer(429, { code: "rate_limited", message: { sv: "För många försök.", en: "Too many attempts." } }, { "retry-after": "1800" })
    expect(await requestPasswordReset("anna@kund.se")).toMatchObject({ ok: false, code: "rate_limited", retryAfterSeconds: 1800 })
  })

  it("sets the new password with the link's token", async () => {
    answer(200, { status: "password_changed" })
    expect(await confirmPasswordReset("tok-123", "Ett-långt-lösenord-2026")).toMatchObject({
      ok: true,
      data: { status: "password_changed" },
    })
    expect(calls[0].url).toBe("http://backend.test/auth/portal/password-reset/confirm")
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ token: "tok-123", password: "Ett-långt-lösenord-2026" })
    expect(calls[0].init.headers).not.toHaveProperty("authorization")
  })

  it("passes on an expired link (410) and the password's field errors (400)", async () => {
    answer(410, expired)
    expect(await confirmPasswordReset("tok", "x")).toMatchObject({
      ok: false,
      code: "rejected",
      status: 410,
      error: { code: "link_expired" },
    })
    answer(400, weak)
    expect(await confirmPasswordReset("tok", "x")).toMatchObject({
      ok: false,
      status: 400,
      error: { fields: { password: [{ sv: expect.stringContaining("för vanligt"), en: expect.any(String) }] } },
    })
  })
})

describe("password reset rules", () => {
  it("wants at least 12 characters, typed the same twice", () => {
    expect(resetFieldProblems({ password: "kort", repeat: "kort" })).toEqual({ password: "passwordTooShort" })
    expect(resetFieldProblems({ password: "ett-långt-lösenord", repeat: "ett-annat-lösenord" })).toEqual({ repeat: "passwordsDiffer" })
    expect(resetFieldProblems({ password: "ett-långt-lösenord", repeat: "ett-långt-lösenord" })).toBeUndefined()
    expect(problemFields({ repeat: "passwordsDiffer" })).toEqual({ repeat: ["#passwordsDiffer"] })
  })

  it("knows an unusable link: 410, link_expired, or a token the backend refuses as such", () => {
    expect(resetLinkUnusable({ ok: false, code: "rejected", status: 410 })).toBe(true)
    expect(
      resetLinkUnusable({
        ok: false,
        code: "rejected",
        status: 400,
        error: { code: "invalid_data", fields: { token: [{ sv: "För kort.", en: "Too short." }] } },
      })
    ).toBe(true)
    expect(resetLinkUnusable({ ok: false, code: "rejected", status: 400, error: weak })).toBe(false)
    expect(resetLinkUnusable({ ok: false, code: "backend_unavailable" })).toBe(false)
  })

  it("words a rate limit with whole minutes when the backend says how long", () => {
    expect(rateLimitError({ ok: false, code: "rate_limited", retryAfterSeconds: 61 })).toEqual({
      key: "rateLimitedMinutes",
      values: { minutes: 2 },
    })
    expect(rateLimitError({ ok: false, code: "rate_limited", retryAfterSeconds: 5 })).toEqual({
      key: "rateLimitedMinutes",
      values: { minutes: 1 },
    })
    expect(rateLimitError({ ok: false, code: "rate_limited" })).toEqual({ key: "rateLimited" })
  })
})

describe("password reset actions", () => {
  it("'Skicka länk': the same confirmation for every address; a missing address is asked for", async () => {
    answer(202, { status: "email_sent" })
    expect(await requestReset({}, form({ locale: "sv", email: " ingen@kund.se " }))).toEqual({ sent: true, email: "ingen@kund.se" })
    expect(await requestReset({}, form({ locale: "sv", email: "" }))).toMatchObject({ fields: { email: ["#emailMissing"] } })
    expect(calls).toHaveLength(1)
  })

  it("'Skicka länk': a rate limit, an unreachable backend and the backend's field error", async () => {
    answer(429, {}, { "retry-after": "600" })
    expect(await requestReset({}, form({ locale: "sv", email: "a@kund.se" }))).toMatchObject({
      error: { key: "rateLimitedMinutes", values: { minutes: 10 } },
    })
    answer(503, {})
    jest.spyOn(console, "error").mockImplementationOnce(() => {})
    expect(await requestReset({}, form({ locale: "sv", email: "a@kund.se" }))).toMatchObject({ error: { key: "backendUnavailable" } })
    answer(400, {
      code: "invalid_data",
      message: { sv: "Ogiltiga uppgifter.", en: "Invalid data." },
      fields: { email: [{ sv: "Ange en giltig e-postadress.", en: "Enter a valid e-mail address." }] },
    })
    expect(await requestReset({}, form({ locale: "en", email: "inte-en-adress" }))).toEqual({
      error: { key: "fieldsInvalid" },
      fields: { email: ["Enter a valid e-mail address."] },
      email: "inte-en-adress",
    })
  })

  it("'Spara nytt lösenord': checks the repeat on the server too, before calling the backend", async () => {
    answer(200, { status: "password_changed" })
    expect(
      await resetPassword({}, form({ locale: "sv", token: "tok", password: "ett-långt-lösenord", repeat: "ett-annat-lösenord" }))
    ).toEqual({
      error: { key: "fieldsInvalid" },
      fields: { repeat: ["#passwordsDiffer"] },
    })
    expect(calls).toHaveLength(0)
    expect(
      await resetPassword({}, form({ locale: "sv", token: "tok", password: "ett-långt-lösenord", repeat: "ett-långt-lösenord" }))
    ).toEqual({ outcome: "changed" })
    expect(calls).toHaveLength(1)
  })

  it("'Spara nytt lösenord': the backend's password rule at the field, an expired or missing link as such", async () => {
    answer(400, weak)
    expect(await resetPassword({}, form({ locale: "sv", token: "tok", password: "Sommar2024!!!", repeat: "Sommar2024!!!" }))).toEqual({
      error: { key: "fieldsInvalid" },
      fields: { password: ["Lösenordet är för vanligt eller lätt att gissa."] },
    })
    answer(410, expired)
    expect(
      await resetPassword({}, form({ locale: "sv", token: "tok", password: "ett-långt-lösenord", repeat: "ett-långt-lösenord" }))
    ).toEqual({ outcome: "linkUnusable" })
    expect(
      await resetPassword({}, form({ locale: "sv", token: "", password: "ett-långt-lösenord", repeat: "ett-långt-lösenord" }))
    ).toEqual({ outcome: "linkUnusable" })
  })
})
