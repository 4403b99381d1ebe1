import {
  decodePending,
  encodePending,
  knownMethods,
  parseAcceptParameter,
  STEP_PATHS,
  stepAfterLogin,
  stepForStage,
  tokenStage,
} from "@/lib/session/pending"

const jwt = (payload: object) => ["eyJhbGciOiJIUzI1NiJ9", Buffer.from(JSON.stringify(payload)).toString("base64url"), "sig"].join(".")

describe("stepAfterLogin", () => {
  it("follows `next` of a password-stage answer", () => {
    expect(stepAfterLogin({ stage: "password", next: "mfa_challenge" })).toBe("challenge")
    expect(stepAfterLogin({ stage: "password", next: "email_code" })).toBe("email_code")
    expect(stepAfterLogin({ stage: "password", next: "something_new" })).toBeNull()
  })

  it("sends an enrolment session to the setup step and a complete one to Översikt", () => {
    expect(stepAfterLogin({ stage: "enrolment" })).toBe("setup")
    expect(stepAfterLogin({ stage: "complete" })).toBe("done")
    expect(stepAfterLogin({ stage: "whatever" })).toBeNull()
  })
})

describe("stepForStage (GET /auth/portal/session)", () => {
  it("puts a password-stage session with factors at the challenge, without at the e-mail code", () => {
    expect(stepForStage("password", ["totp"])).toBe("challenge")
    expect(stepForStage("password", [])).toBe("email_code")
    expect(stepForStage("password", undefined)).toBe("email_code")
  })

  it("keeps the remembered password-stage step", () => {
    expect(stepForStage("password", [], "challenge")).toBe("challenge")
    expect(stepForStage("password", ["totp"], "email_code")).toBe("email_code")
    expect(stepForStage("password", ["totp"], "setup")).toBe("challenge")
  })

  it("maps enrolment and complete", () => {
    expect(stepForStage("enrolment", [])).toBe("setup")
    expect(stepForStage("complete", ["totp"])).toBe("done")
  })

  it("has a page for every step", () => {
    expect(STEP_PATHS).toEqual({ challenge: "/login/kod", email_code: "/login/e-postkod", setup: "/login/tvastegsverifiering" })
  })
})

describe("the pending cookie", () => {
  it("round-trips", () => {
    const pending = {
      token: jwt({ portal_stage: "enrolment" }),
      step: "setup" as const,
      methods: ["totp" as const],
      factor: { id: "mfa_1", method: "sms" as const, phoneHint: "+46 70 ••• •• 12" },
      accept: { kind: "invitation" as const, token: "abcdefgh12345678" },
    }
    expect(decodePending(encodePending(pending))).toEqual(pending)
  })

  it("refuses anything malformed", () => {
    expect(decodePending(undefined)).toBeUndefined()
    expect(decodePending("%%%")).toBeUndefined()
    expect(decodePending(Buffer.from(JSON.stringify({ token: "t", step: "admin" })).toString("base64url"))).toBeUndefined()
    expect(decodePending(Buffer.from(JSON.stringify({ step: "setup" })).toString("base64url"))).toBeUndefined()
  })

  it("drops unknown methods and malformed links and factors", () => {
    const value = Buffer.from(
      JSON.stringify({
        token: "t",
        step: "challenge",
        methods: ["sms", "webauthn", "totp"],
        factor: { id: 1 },
        accept: { kind: "x", token: "y" },
      })
    ).toString("base64url")
    expect(decodePending(value)).toEqual({ token: "t", step: "challenge", methods: ["totp", "sms"] })
  })
})

describe("helpers", () => {
  it("knownMethods keeps the portal's methods, TOTP first", () => {
    expect(knownMethods(["recovery_code", "sms", "totp", "passkey"])).toEqual(["totp", "sms", "recovery_code"])
    expect(knownMethods(undefined)).toEqual([])
  })

  it("parseAcceptParameter reads kind:token and refuses anything else", () => {
    expect(parseAcceptParameter("invitation:Abc_def-12345678")).toEqual({ kind: "invitation", token: "Abc_def-12345678" })
    expect(parseAcceptParameter("registration:Abc_def-12345678")).toEqual({ kind: "registration", token: "Abc_def-12345678" })
    expect(parseAcceptParameter("owner:Abc_def-12345678")).toBeUndefined()
    expect(parseAcceptParameter("invitation:<script>")).toBeUndefined()
    expect(parseAcceptParameter("invitation")).toBeUndefined()
    expect(parseAcceptParameter(undefined)).toBeUndefined()
  })

  it("tokenStage reads the portal_stage claim", () => {
    expect(tokenStage(jwt({ portal_stage: "password" }))).toBe("password")
    expect(tokenStage(jwt({ actor_id: "cus_1" }))).toBeUndefined()
    expect(tokenStage("garbage")).toBeUndefined()
  })
})
