import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor, ensureVendorAdmin } from "../../src/seed"
import { totpCode } from "@mymonitor/portal-auth/lib/otp"
import { completePortalSession, freshTotpCode, totpStateOf } from "../helpers/portal-session"
import { MailCatcher } from "../../../test-support/mail"
import { completeStaffSession } from "../helpers/staff-session"
import { SmsGateway } from "../../../test-support/sms-gateway"

jest.setTimeout(180_000)

const PASSWORD = "Test-password-2026"
const mail = new MailCatcher()
const sms = new SmsGateway()

type Fixtures = { publishableKey: string; nord: string }

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const nord = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2345", customer_number: "10001" })
  for (const [email, first_name] of [
    ["anna@example.se", "Anna"],
    ["erik@example.se", "Erik"],
    ["frida@example.se", "Frida"],
  ]) {
    const customer = await ensurePortalUser(container, { email, first_name, last_name: "Test" }, PASSWORD)
    await ensureMembership(container, nord.id, customer.id, "admin")
  }
  await ensureTotpFactor(container, "anna@example.se")
  const sara = await ensurePortalUser(container, { email: "sara@example.se", first_name: "Sara", last_name: "Support" }, PASSWORD)
  await ensureMembership(container, nord.id, sara.id, "support")
  await ensureTotpFactor(container, "sara@example.se")
  await ensureVendorAdmin(container, "admin@example.se", PASSWORD)
  return { publishableKey, nord: nord.id }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let fixtures: Fixtures
    const open = { validateStatus: () => true }
    const bearer = (token: string) => ({
      headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": fixtures.publishableKey },
      validateStatus: () => true,
    })
    const login = (email: string, password = PASSWORD) => api.post("/auth/portal/login", { email, password }, open)
    const factorMetadata = async (email: string, provider: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return knex("auth_mfa_factor as f")
        .join("provider_identity as p", "p.auth_identity_id", "f.auth_identity_id")
        .where({ "p.entity_id": email, "f.provider": provider })
        .whereNull("f.deleted_at")
        .orderBy("f.created_at", "desc")
        .first("f.id", "f.provider_metadata", "f.status")
    }
    const auditActions = async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return (await knex("audit_event").select("action", "actor_email", "ip")).map((row: any) => row)
    }

    /** Password → e-mailed code → the enrolment session of an account without a factor. */
    const enrolmentSession = async (email: string) => {
      const first = await login(email)
      expect(first.data).toEqual(expect.objectContaining({ stage: "password", next: "email_code" }))
      const code = (await mail.latestTo(email)).text!.match(/\b(\d{6})\b/)![1]
      const verified = await api.post("/auth/portal/enrolment-code/verify", { code }, bearer(first.data.token))
      expect(verified.status).toBe(200)
      expect(verified.data.stage).toBe("enrolment")
      return verified.data.token as string
    }

    beforeAll(async () => {
      process.env.SMTP_URL = await mail.start()
      process.env.SMS_GATEWAY_URL = await sms.start()
    })
    afterAll(async () => {
      await mail.stop()
      await sms.stop()
    })
    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    describe("mandatory 2FA", () => {
      it("logs in with password then the app code; only the complete session reaches portal data", async () => {
        const first = await login("anna@example.se")
        expect(first.status).toBe(200)
        expect(first.data).toEqual(
          expect.objectContaining({ stage: "password", next: "mfa_challenge", methods: expect.arrayContaining(["totp"]) })
        )
        const refused = await api.get("/store/companies", bearer(first.data.token))
        expect(refused.status).toBe(401)
        expect(refused.data.code).toBe("mfa_required")
        expect((await api.get("/auth/portal/session", bearer(first.data.token))).data.stage).toBe("password")

        const { secret, lastTimeStep } = await totpStateOf(getContainer(), "anna@example.se")
        const code = await freshTotpCode(secret, lastTimeStep)
        const done = await api.post("/auth/portal/mfa/challenge/verify", { method: "totp", code }, bearer(first.data.token))
        expect(done.status).toBe(200)
        expect(done.data.stage).toBe("complete")
        const companies = await api.get("/store/companies", bearer(done.data.token))
        expect(companies.status).toBe(200)
        expect(companies.data.companies.map((c: any) => c.name)).toEqual(["Verkstad Nord AB"])
        expect((await auditActions()).map((event: any) => event.action)).toContain("auth.login_succeeded")
      })

      it("refuses a TOTP code that was already used (replay), even in a new login", async () => {
        const { secret, lastTimeStep } = await totpStateOf(getContainer(), "anna@example.se")
        const code = await freshTotpCode(secret, lastTimeStep)
        const first = await login("anna@example.se")
        expect((await api.post("/auth/portal/mfa/challenge/verify", { method: "totp", code }, bearer(first.data.token))).status).toBe(200)
        const second = await login("anna@example.se")
        const replay = await api.post("/auth/portal/mfa/challenge/verify", { method: "totp", code }, bearer(second.data.token))
        expect(replay.status).toBe(401)
        expect(replay.data.code).toBe("invalid_code")
        expect(replay.data.message.sv).toMatch(/Koden/)
      })

      it("answers a wrong password with 401, records it, and never says whether the account exists", async () => {
        const wrong = await login("anna@example.se", "not-the-password-2026")
        const unknown = await login("nobody@example.se")
        expect(wrong.status).toBe(401)
        expect(unknown.status).toBe(401)
        expect(wrong.data).toEqual(unknown.data)
        expect(wrong.data.code).toBe("invalid_credentials")
        const failures = (await auditActions()).filter((event: any) => event.action === "auth.login_failed")
        expect(failures.map((event: any) => event.actor_email).sort()).toEqual(["anna@example.se", "nobody@example.se"])
      })

      it("refuses bad login input with field errors", async () => {
        const response = await api.post("/auth/portal/login", { email: "not-an-address", extra: 1 }, open)
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_data")
        expect(response.data.fields).toEqual(expect.objectContaining({ email: expect.any(Array), password: expect.any(Array) }))
      })

      it("cannot be walked around by spelling the path differently", async () => {
        const first = await login("anna@example.se")
        for (const path of ["/STORE/companies", "/Store//companies/", "/store/%63ompanies"]) {
          const response = await api.get(path, bearer(first.data.token))
          expect([path, response.status]).toEqual([path, expect.any(Number)])
          expect(response.status === 200).toBe(false)
        }
        const anonymous = { headers: { "x-publishable-api-key": fixtures.publishableKey }, validateStatus: () => true }
        expect((await api.get("/STORE/products", anonymous)).status).not.toBe(200)
        expect((await api.post("/AUTH/customer/emailpass", { email: "anna@example.se", password: PASSWORD }, open)).status).not.toBe(200)
      })

      it("closes the core customer routes that would bypass 2FA, but not the vendor staff's", async () => {
        expect((await api.post("/auth/customer/emailpass", { email: "anna@example.se", password: PASSWORD }, open)).status).toBe(403)
        expect((await api.post("/auth/customer/emailpass/register", { email: "new@example.se", password: PASSWORD }, open)).status).toBe(
          403
        )
        const first = await login("anna@example.se")
        expect((await api.post("/auth/mfa/factors", { provider: "totp" }, bearer(first.data.token))).status).toBe(403)
        expect((await api.post("/auth/token/refresh", {}, bearer(first.data.token))).status).toBe(403)
        const admin = await completeStaffSession(api as any, getContainer(), "admin@example.se", PASSWORD)
        expect(
          (await api.get("/admin/companies", { headers: { authorization: `Bearer ${admin}` }, validateStatus: () => true })).status
        ).toBe(200)
      })
    })

    describe("vendor staff", () => {
      it("keep core MFA for their own accounts, through the whole 2FA login of the Medusa admin", async () => {
        const first = await api.post("/auth/user/emailpass", { email: "admin@example.se", password: PASSWORD }, open)
        const staff = { headers: { authorization: `Bearer ${first.data.token}` }, validateStatus: () => true }
        const setup = await api.post("/auth/mfa/factors", { provider: "totp" }, staff)
        expect(setup.status).toBe(200)
        const previousStep = await totpCode(setup.data.secret, Math.floor(Date.now() / 1000) - 30)
        expect((await api.post(`/auth/mfa/factors/${setup.data.mfa_factor.id}/verify`, { code: previousStep }, staff)).status).toBe(200)
        const login = await api.post("/auth/user/emailpass", { email: "admin@example.se", password: PASSWORD }, open)
        expect(login.data.mfa_required).toBe(true)
        const verified = await api.post(
          `/auth/mfa/challenges/${login.data.mfa_challenge.id}/verify`,
          { method: "totp", code: await totpCode(setup.data.secret) },
          { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true }
        )
        expect(verified.status).toBe(200)
        expect(
          (await api.get("/admin/companies", { headers: { authorization: `Bearer ${verified.data.token}` }, validateStatus: () => true }))
            .status
        ).toBe(200)
      })
    })

    describe("store routes that name no company", () => {
      it("follow the role table: a support user reaches neither Monitor Store nor Mina sidor; self-registration, core carts and orders are closed", async () => {
        const support = bearer(await completePortalSession(api, getContainer(), "sara@example.se", PASSWORD))
        const admin = bearer(await completePortalSession(api, getContainer(), "anna@example.se", PASSWORD))
        for (const path of ["/store/products", "/store/regions", "/store/return-reasons"]) {
          const refused = await api.get(path, support)
          expect([path, refused.status, refused.data.code]).toEqual([path, 403, "forbidden"])
          expect([path, (await api.get(path, admin)).status]).not.toEqual([path, 403])
        }
        // Core carts and orders check no owner: closed to every portal user (Monitor Store has company routes).
        for (const path of ["/store/carts/cart_x", "/store/orders"]) {
          for (const caller of [support, admin]) {
            const refused = await api.get(path, caller)
            expect([path, refused.status, refused.data.code]).toEqual([path, 403, "closed"])
          }
        }
        expect((await api.get("/store/products", admin)).status).toBe(200)
        expect((await api.get("/store/companies", support)).status).toBe(200)
        expect((await api.get("/store/customers/me", support)).status).toBe(200)
        expect((await api.post("/store/customers", { email: "sara@example.se" }, admin)).status).toBe(403)
      })
    })

    describe("first factor", () => {
      it("needs the e-mailed code before a factor-less account may set one up; then the app, the recovery codes", async () => {
        const first = await login("erik@example.se")
        expect((await api.post("/auth/portal/mfa/totp", {}, bearer(first.data.token))).status).toBe(401)
        expect((await api.post("/auth/portal/enrolment-code/verify", { code: "000000" }, bearer(first.data.token))).status).toBe(401)

        const enrolment = await enrolmentSession("erik@example.se")
        const setup = await api.post("/auth/portal/mfa/totp", {}, bearer(enrolment))
        expect(setup.status).toBe(200)
        expect(setup.data.otpauth_url).toMatch(/^otpauth:\/\/totp\/myMonitor:erik%40example\.se\?/)
        expect(setup.data.qr_code_svg).toMatch(/^<svg/)
        expect(setup.data.secret).toMatch(/^[A-Z2-7]{32}$/)
        const wrong = await api.post(`/auth/portal/mfa/factors/${setup.data.factor_id}/verify`, { code: "123456" }, bearer(enrolment))
        expect(wrong.status).toBe(401)
        const code = await freshTotpCode(setup.data.secret, null)
        const confirmed = await api.post(`/auth/portal/mfa/factors/${setup.data.factor_id}/verify`, { code }, bearer(enrolment))
        expect(confirmed.status).toBe(200)
        expect(confirmed.data.stage).toBe("complete")
        expect(confirmed.data.recovery_codes).toHaveLength(10)
        expect((await api.get("/store/companies", bearer(confirmed.data.token))).status).toBe(200)

        // A recovery code logs in once.
        const recovery = confirmed.data.recovery_codes[0]
        const again = await login("erik@example.se")
        expect(again.data.methods).toEqual(expect.arrayContaining(["totp", "recovery_code"]))
        expect(
          (await api.post("/auth/portal/mfa/challenge/verify", { method: "recovery_code", code: recovery }, bearer(again.data.token)))
            .status
        ).toBe(200)
        const third = await login("erik@example.se")
        expect(
          (await api.post("/auth/portal/mfa/challenge/verify", { method: "recovery_code", code: recovery }, bearer(third.data.token)))
            .status
        ).toBe(401)

        // With a factor, the enrolment routes are shut even to a fresh e-mail code.
        expect((await api.post("/auth/portal/enrolment-code", {}, bearer(third.data.token))).status).toBe(409)
        expect((await api.post("/auth/portal/mfa/totp", {}, bearer(enrolment))).status).toBe(409)
      })

      it("sets up SMS through the operator's gateway, and the SMS code dies after 5 minutes and after 5 wrong tries", async () => {
        process.env.RATE_LIMIT_SMS_SEND = "20/600" // this test sends more codes than one person would
        const enrolment = await enrolmentSession("frida@example.se")
        expect((await api.post("/auth/portal/mfa/sms", { phone: "12" }, bearer(enrolment))).status).toBe(400)
        const start = await api.post("/auth/portal/mfa/sms", { phone: "070-123 45 67" }, bearer(enrolment))
        expect(start.status).toBe(200)
        expect(start.data.phone_hint).toBe("…4567")
        const setupCode = sms.latestCodeTo("+46701234567")
        const stored = await factorMetadata("frida@example.se", "sms")
        expect(JSON.stringify(stored.provider_metadata)).not.toContain(setupCode)
        const confirmed = await api.post(`/auth/portal/mfa/factors/${start.data.factor_id}/verify`, { code: setupCode }, bearer(enrolment))
        expect(confirmed.status).toBe(200)

        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const ageSmsCode = async (seconds: number) => {
          const factor = await factorMetadata("frida@example.se", "sms")
          const metadata = { ...factor.provider_metadata, code_sent_at: new Date(Date.now() - seconds * 1000).toISOString() }
          await knex("auth_mfa_factor")
            .where({ id: factor.id })
            .update({ provider_metadata: JSON.stringify(metadata) })
        }

        // Login by SMS (a new code may be sent 30 s after the last one).
        const tooSoon = await login("frida@example.se")
        expect((await api.post("/auth/portal/mfa/challenge/sms", {}, bearer(tooSoon.data.token))).status).toBe(429)
        await ageSmsCode(60)
        const first = await login("frida@example.se")
        expect(first.data.methods).toEqual(expect.arrayContaining(["sms"]))
        expect((await api.post("/auth/portal/mfa/challenge/sms", {}, bearer(first.data.token))).status).toBe(202)
        const loginCode = sms.latestCodeTo("+46701234567")
        expect(loginCode).not.toBe(setupCode)
        expect(
          (await api.post("/auth/portal/mfa/challenge/verify", { method: "sms", code: loginCode }, bearer(first.data.token))).status
        ).toBe(200)

        // Expiry: the same code path, five minutes later.
        await ageSmsCode(60)
        const second = await login("frida@example.se")
        expect((await api.post("/auth/portal/mfa/challenge/sms", {}, bearer(second.data.token))).status).toBe(202)
        const expiring = sms.latestCodeTo("+46701234567")
        await ageSmsCode(5 * 60 + 1)
        expect(
          (await api.post("/auth/portal/mfa/challenge/verify", { method: "sms", code: expiring }, bearer(second.data.token))).status
        ).toBe(401)

        // Attempts: five wrong tries kill the code.
        await ageSmsCode(60)
        const third = await login("frida@example.se")
        expect((await api.post("/auth/portal/mfa/challenge/sms", {}, bearer(third.data.token))).status).toBe(202)
        const good = sms.latestCodeTo("+46701234567")
        const wrongCode = good === "000000" ? "111111" : "000000"
        for (let attempt = 0; attempt < 4; attempt++) {
          expect(
            (await api.post("/auth/portal/mfa/challenge/verify", { method: "sms", code: wrongCode }, bearer(third.data.token))).status
          ).toBe(401)
        }
        const fourth = await login("frida@example.se")
        expect(
          (await api.post("/auth/portal/mfa/challenge/verify", { method: "sms", code: wrongCode }, bearer(fourth.data.token))).status
        ).toBe(401)
        expect((await api.post("/auth/portal/mfa/challenge/verify", { method: "sms", code: good }, bearer(fourth.data.token))).status).toBe(
          401
        )
        delete process.env.RATE_LIMIT_SMS_SEND
      })
    })

    describe("Glömt lösenord", () => {
      it("resets the password by an e-mailed single-use link, and the next login still needs the second factor", async () => {
        const unknown = await api.post("/auth/portal/password-reset", { email: "nobody@example.se" }, open)
        const known = await api.post("/auth/portal/password-reset", { email: "anna@example.se" }, open)
        expect([unknown.status, known.status]).toEqual([202, 202])
        expect(unknown.data).toEqual(known.data)
        const link = (await mail.latestTo("anna@example.se")).text!.match(/aterstall-losenord\?token=([\w%-]+)/)![1]
        const token = decodeURIComponent(link)
        const weak = await api.post("/auth/portal/password-reset/confirm", { token, password: "kort" }, open)
        expect(weak.status).toBe(400)
        const changed = await api.post("/auth/portal/password-reset/confirm", { token, password: "Ett-nytt-langt-losenord-26" }, open)
        expect(changed.status).toBe(200)
        expect(changed.data).toEqual({ status: "password_changed" })
        expect((await api.post("/auth/portal/password-reset/confirm", { token, password: "Ett-annat-langt-losenord" }, open)).status).toBe(
          410
        )
        expect((await login("anna@example.se")).status).toBe(401)
        const first = await login("anna@example.se", "Ett-nytt-langt-losenord-26")
        expect(first.data).toEqual(expect.objectContaining({ stage: "password", next: "mfa_challenge" }))
        expect((await api.get("/store/companies", bearer(first.data.token))).status).toBe(401)
      })
    })

    describe("rate limits and the client address", () => {
      afterEach(() => {
        delete process.env.RATE_LIMIT_LOGIN
        delete process.env.RATE_LIMIT_SMS_SEND
      })

      it("answers 429 with Retry-After when an account's login attempts are spent", async () => {
        process.env.RATE_LIMIT_LOGIN = "3/600"
        for (let attempt = 0; attempt < 3; attempt++) expect((await login("anna@example.se", "wrong-password-2026")).status).toBe(401)
        const limited = await login("anna@example.se")
        expect(limited.status).toBe(429)
        expect(limited.data.code).toBe("rate_limited")
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("limits sending SMS codes", async () => {
        process.env.RATE_LIMIT_SMS_SEND = "1/600"
        const enrolment = await enrolmentSession("frida@example.se")
        expect((await api.post("/auth/portal/mfa/sms", { phone: "+46701234599" }, bearer(enrolment))).status).toBe(200)
        expect((await api.post("/auth/portal/mfa/sms", { phone: "+46701234599" }, bearer(enrolment))).status).toBe(429)
      })

      it("believes the storefront's forwarded address only with the forwarding secret", async () => {
        process.env.PORTAL_FORWARD_SECRET = "forwarding-secret-of-the-test-0123456789"
        await api.post(
          "/auth/portal/login",
          { email: "ghost1@example.se", password: "x" },
          { ...open, headers: { "x-portal-client-ip": "203.0.113.9" } }
        )
        await api.post(
          "/auth/portal/login",
          { email: "ghost2@example.se", password: "x" },
          {
            ...open,
            headers: { "x-portal-client-ip": "203.0.113.10", "x-portal-forward-secret": process.env.PORTAL_FORWARD_SECRET },
          }
        )
        const events = await auditActions()
        expect(events.find((event: any) => event.actor_email === "ghost1@example.se").ip).not.toBe("203.0.113.9")
        expect(events.find((event: any) => event.actor_email === "ghost2@example.se").ip).toBe("203.0.113.10")
        delete process.env.PORTAL_FORWARD_SECRET
      })
    })
  },
})
