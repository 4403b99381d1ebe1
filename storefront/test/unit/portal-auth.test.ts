jest.mock("next/headers", () => ({ headers: async () => new Headers() }))

import { acceptLink, createAccount, describeLink, portalLogin, verifyChallenge, verifyFactor } from "@/lib/data/auth"

let calls: { url: string; init: RequestInit }[] = []
function answer(status: number, body: unknown) {
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return new Response(JSON.stringify(body), { status })
  }) as typeof fetch
}
beforeEach(() => {
  calls = []
  process.env.MEDUSA_BACKEND_URL = "http://backend.test"
})

describe("portal auth data functions", () => {
  it("logs in with e-mail and password and answers the next step", async () => {
    answer(200, { token: "t1", stage: "password", next: "mfa_challenge", methods: ["totp"], challenge_id: "ch_1" })
    const result = await portalLogin("anna@kund.se", "secret")
    expect(result).toMatchObject({ ok: true, data: { token: "t1", next: "mfa_challenge", methods: ["totp"] } })
    expect(calls[0].url).toBe("http://backend.test/auth/portal/login")
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ email: "anna@kund.se", password: "secret" })
  })

  it("treats an answer without a token or stage as a broken backend", async () => {
    answer(200, { stage: "password" })
    expect(await portalLogin("a@b.se", "x")).toMatchObject({ ok: false, code: "backend_unavailable" })
    answer(200, { token: "t", stage: "admin" })
    expect(await portalLogin("a@b.se", "x")).toMatchObject({ ok: false, code: "backend_unavailable" })
  })

  it("answers invalid credentials as unauthorized with the backend's code", async () => {
    answer(401, { code: "invalid_credentials", message: { sv: "Fel e-postadress eller lösenord.", en: "Wrong." } })
    expect(await portalLogin("a@b.se", "x")).toMatchObject({ ok: false, code: "unauthorized", error: { code: "invalid_credentials" } })
  })

  it("verifies a factor with the session token and returns the recovery codes", async () => {
    answer(200, { token: "t3", stage: "complete", recovery_codes: ["a", "b"] })
    const result = await verifyFactor("t2", "mfa/1", "123456")
    expect(calls[0].url).toBe("http://backend.test/auth/portal/mfa/factors/mfa%2F1/verify")
    expect(calls[0].init.headers).toMatchObject({ authorization: "Bearer t2" })
    expect(result).toMatchObject({ ok: true, data: { stage: "complete", recovery_codes: ["a", "b"] } })
  })

  it("sends the method with a challenge code", async () => {
    answer(200, { token: "t4", stage: "complete" })
    await verifyChallenge("t1", "recovery_code", "ABCD-EFGH")
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ method: "recovery_code", code: "ABCD-EFGH" })
  })

  it("describes a link and creates an account from it", async () => {
    answer(410, { code: "link_expired", message: { sv: "Länken har gått ut.", en: "Expired." } })
    expect(await describeLink("invitation", "tok")).toMatchObject({ ok: false, status: 410, error: { code: "link_expired" } })
    expect(calls[0].url).toBe("http://backend.test/auth/portal/links/invitation/tok")

    answer(201, { token: "t5", stage: "enrolment" })
    const created = await createAccount({ link: { kind: "registration", token: "tok" }, name: "Anna", password: "long-enough-pw" })
    expect(created).toMatchObject({ ok: true, data: { stage: "enrolment" } })
    expect(calls[1].url).toBe("http://backend.test/auth/portal/accounts")
  })

  it("accepts a link at the owner's route", async () => {
    answer(200, {})
    await acceptLink("t", "registration", "r1")
    await acceptLink("t", "invitation", "i1")
    expect(calls.map((call) => call.url)).toEqual([
      "http://backend.test/store/admin-registrations/r1/accept",
      "http://backend.test/store/invitations/i1/accept",
    ])
  })
})
