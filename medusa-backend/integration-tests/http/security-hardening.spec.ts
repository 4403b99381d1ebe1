import { createHmac, randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { totpCode } from "@mymonitor/portal-auth/lib/otp"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor, ensureVendorAdmin } from "../../src/seed"
import { MailCatcher } from "../../../test-support/mail"
import { completePortalSession, freshTotpCode, totpStateOf } from "../helpers/portal-session"
import { SmsGateway } from "../../../test-support/sms-gateway"
import { completeStaffSession } from "../helpers/staff-session"
import prunePortalSessions from "@mymonitor/portal-permissions/jobs/prune-portal-sessions"
import {
  MONITOR_REGISTRATION_MODULE,
  type MonitorRegistrationModuleService,
} from "@mymonitor/monitor-registration/modules/monitor-registration"

/**
 * What an attacker found (the security issue), each tried again here against the
 * real stack: one-time secrets used in parallel, the staff login as an oracle and
 * back door, staff without a second factor, sessions that outlived logout, reset
 * and removal, spoofed client addresses, and the smaller findings.
 */
jest.setTimeout(300_000)

const PASSWORD = "Test-password-2026"
const mail = new MailCatcher()
const sms = new SmsGateway()

type Fixtures = { publishableKey: string; nord: string; people: Record<string, string> }

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const nord = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2345", customer_number: "10001" })
  const people: Record<string, string> = {}
  for (const [name, role, factor] of [
    ["anna", "admin", true],
    ["erik", "user", true],
    ["sara", "support", true],
    ["olle", "user", false],
  ] as const) {
    const customer = await ensurePortalUser(container, { email: `${name}@example.se`, first_name: name, last_name: "Test" }, PASSWORD)
    await ensureMembership(container, nord.id, customer.id, role)
    if (factor) await ensureTotpFactor(container, `${name}@example.se`)
    people[name] = customer.id
  }
  await ensureVendorAdmin(container, "staff@example.se", PASSWORD)
  await ensureVendorAdmin(container, "newstaff@example.se", PASSWORD)
  return { publishableKey, nord: nord.id, people }
}

const successes = (responses: { status: number }[], status = 200) => responses.filter((response) => response.status === status).length

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
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const login = (email: string, password = PASSWORD, headers: Record<string, string> = {}) =>
      api.post("/auth/portal/login", { email, password }, { headers, validateStatus: () => true })
    /** `count` password steps of one account, each with its own challenge, as parallel attackers would hold them. */
    const passwordSessions = async (email: string, count: number) => {
      const tokens: string[] = []
      for (let i = 0; i < count; i++) {
        const response = await login(email)
        expect(response.data.next).toBe("mfa_challenge")
        tokens.push(response.data.token)
      }
      return tokens
    }
    const verifyAll = (tokens: string[], method: string, code: string) =>
      Promise.all(tokens.map((token) => api.post("/auth/portal/mfa/challenge/verify", { method, code }, bearer(token))))
    const storeCompanies = async (token: string) => (await api.get("/store/companies", bearer(token))).status

    beforeAll(async () => {
      process.env.SMTP_URL = await mail.start()
      process.env.SMS_GATEWAY_URL = await sms.start()
      // The parallel tries below are many per account; the per-account MFA limit has its own tests.
      process.env.RATE_LIMIT_MFA = "1000/900"
      process.env.RATE_LIMIT_MFA_IP = "1000/900"
      process.env.RATE_LIMIT_LOGIN_IP = "1000/900"
      process.env.PORTAL_FORWARD_SECRET = "forwarding-secret-of-the-test-0123456789"
    })
    afterAll(async () => {
      for (const name of ["RATE_LIMIT_MFA", "RATE_LIMIT_MFA_IP", "RATE_LIMIT_LOGIN_IP", "PORTAL_FORWARD_SECRET"]) delete process.env[name]
      await mail.stop()
      await sms.stop()
    })
    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    describe("one-time secrets used in parallel: exactly one use succeeds", () => {
      it("one TOTP code in five parallel logins completes one", async () => {
        const tokens = await passwordSessions("anna@example.se", 5)
        const { secret, lastTimeStep } = await totpStateOf(getContainer(), "anna@example.se")
        const results = await verifyAll(tokens, "totp", await freshTotpCode(secret, lastTimeStep))
        expect(successes(results)).toBe(1)
      })

      it("one SMS code in four parallel logins completes one; parallel guesses never pass the try limit", async () => {
        const container = getContainer()
        const auth = container.resolve(Modules.AUTH) as any
        const { authIdentityId } = await totpStateOf(container, "erik@example.se")
        // Erik uses SMS instead of the app.
        await knex()("auth_mfa_factor").where({ auth_identity_id: authIdentityId }).update({ status: "disabled" })
        const started = await auth.startAuthMfa({ auth_identity_id: authIdentityId, provider: "sms", metadata: { phone: "0701234599" } })
        await auth.verifyAuthMfa({ id: started.mfa.id, auth_identity_id: authIdentityId, code: sms.latestCodeTo("+46701234599") })

        const tokens = await passwordSessions("erik@example.se", 4)
        await knex()("auth_mfa_factor")
          .where({ id: started.mfa.id })
          .update({ provider_metadata: knex().raw(`provider_metadata || '{"code_sent_at":"2000-01-01T00:00:00Z"}'::jsonb`) })
        expect((await api.post("/auth/portal/mfa/challenge/sms", {}, bearer(tokens[0]))).status).toBe(202)
        const code = sms.latestCodeTo("+46701234599")
        expect(successes(await verifyAll(tokens, "sms", code))).toBe(1)

        // Eight wrong guesses at once against a fresh code: five tries are counted, the rest refused, and then even the right code is dead.
        const guessers = await passwordSessions("erik@example.se", 8)
        await knex()("auth_mfa_factor")
          .where({ id: started.mfa.id })
          .update({ provider_metadata: knex().raw(`provider_metadata || '{"code_sent_at":"2000-01-01T00:00:00Z"}'::jsonb`) })
        expect((await api.post("/auth/portal/mfa/challenge/sms", {}, bearer(guessers[0]))).status).toBe(202)
        const rightCode = sms.latestCodeTo("+46701234599")
        const wrongCode = rightCode === "000000" ? "111111" : "000000"
        expect(successes(await verifyAll(guessers, "sms", wrongCode))).toBe(0)
        const factor = await knex()("auth_mfa_factor").where({ id: started.mfa.id }).first("provider_metadata")
        expect(factor.provider_metadata.attempts).toBe(5)
        const [last] = await passwordSessions("erik@example.se", 1)
        expect((await api.post("/auth/portal/mfa/challenge/verify", { method: "sms", code: rightCode }, bearer(last))).status).toBe(401)
      })

      it("one recovery code in four parallel logins completes one", async () => {
        const { authIdentityId } = await totpStateOf(getContainer(), "anna@example.se")
        const { codes } = await (getContainer().resolve(Modules.AUTH) as any).generateAuthMfaRecoveryCodes({
          auth_identity_id: authIdentityId,
          count: 2,
        })
        const tokens = await passwordSessions("anna@example.se", 4)
        expect(successes(await verifyAll(tokens, "recovery_code", codes[0]))).toBe(1)
        expect(await knex()("auth_mfa_recovery_code").where({ auth_identity_id: authIdentityId }).count("id as n").first()).toEqual({
          n: "1",
        })
      })

      it("one e-mailed enrolment code in three parallel sessions gives one enrolment session", async () => {
        const tokens: string[] = []
        for (let i = 0; i < 3; i++) tokens.push((await login("olle@example.se")).data.token)
        const code = (await mail.latestTo("olle@example.se")).text!.match(/\b(\d{6})\b/)![1]
        const results = await Promise.all(tokens.map((token) => api.post("/auth/portal/enrolment-code/verify", { code }, bearer(token))))
        expect(successes(results)).toBe(1)
      })

      it("one password-reset link confirmed three times in parallel changes the password once", async () => {
        expect((await api.post("/auth/portal/password-reset", { email: "erik@example.se" }, open)).status).toBe(202)
        const token = (await mail.latestTo("erik@example.se", 5000)).text!.match(/aterstall-losenord\?token=([A-Za-z0-9_-]+)/)![1]
        const results = await Promise.all(
          ["New-password-2026-a", "New-password-2026-b", "New-password-2026-c"].map((password) =>
            api.post("/auth/portal/password-reset/confirm", { token, password }, open)
          )
        )
        expect(successes(results)).toBe(1)
        expect(results.filter((result) => result.status === 410)).toHaveLength(2)
      })

      it("one invitation link registers one account when used three times in parallel", async () => {
        const anna = await completePortalSession(api as any, getContainer(), "anna@example.se", PASSWORD)
        const invited = await api.post(
          "/store/invitations",
          { invitations: [{ email: "nils@example.se", company_ids: [fixtures.nord], role: "user" }] },
          bearer(anna)
        )
        expect(invited.status).toBeLessThan(300)
        const token = (await mail.latestTo("nils@example.se")).text!.match(/\/sv\/inbjudan\?token=([A-Za-z0-9_-]+)/)![1]
        const results = await Promise.all(
          [1, 2, 3].map(() =>
            api.post(
              "/auth/portal/accounts",
              { link: { kind: "invitation", token }, name: "Nils Nilsson", password: "Nils-password-2026" },
              open
            )
          )
        )
        expect(successes(results, 201)).toBe(1)
        expect(results.every((result) => result.status < 500)).toBe(true)
        expect(await knex()("customer").where({ email: "nils@example.se" }).whereNull("deleted_at").count("id as n").first()).toEqual({
          n: "1",
        })
      })
    })

    describe("Medusa's staff routes", () => {
      it("never confirm a portal user's password: the same answer as an unknown address", async () => {
        const portalUser = await api.post("/auth/user/emailpass", { email: "anna@example.se", password: PASSWORD }, open)
        const unknown = await api.post("/auth/user/emailpass", { email: "nobody@example.se", password: PASSWORD }, open)
        expect({ status: portalUser.status, body: portalUser.data }).toEqual({ status: unknown.status, body: unknown.data })
        expect(portalUser.status).toBe(401)
        expect(portalUser.data.token).toBeUndefined()
      })

      it("register staff only by invitation, and say nothing about which addresses have accounts", async () => {
        const forInvitee = await api.post("/auth/user/emailpass/register", { email: "erik@example.se", password: PASSWORD }, open)
        const forStranger = await api.post("/auth/user/emailpass/register", { email: "stranger@example.se", password: PASSWORD }, open)
        expect({ status: forInvitee.status, body: forInvitee.data }).toEqual({ status: forStranger.status, body: forStranger.data })
        expect(forStranger.status).toBe(403)
        expect(await knex()("provider_identity").where({ entity_id: "stranger@example.se" }).count("id as n").first()).toEqual({ n: "0" })

        await getContainer().resolve(Modules.USER).createInvites({ email: "invited-staff@example.se" })
        const invited = await api.post("/auth/user/emailpass/register", { email: "invited-staff@example.se", password: PASSWORD }, open)
        expect(invited.status).toBe(200)
        expect(invited.data.token).toEqual(expect.any(String))
      })

      it("rate-limit the staff login (429 after ten tries from one address)", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 11; i++)
          statuses.push(
            (await api.post("/auth/user/emailpass", { email: "locked-staff@example.se", password: "Wrong-2026-password" }, open)).status
          )
        expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
        expect(statuses[10]).toBe(429)
      })

      it("ask vendor staff for their second factor: a password alone reaches nothing in the admin", async () => {
        await ensureTotpFactor(getContainer(), "newstaff@example.se")
        const first = await api.post("/auth/user/emailpass", { email: "newstaff@example.se", password: PASSWORD }, open)
        expect(first.data.mfa_required).toBe(true)
        const passwordOnly = { headers: { authorization: `Bearer ${first.data.token}` }, validateStatus: () => true }
        expect((await api.get("/admin/companies", passwordOnly)).status).toBe(401)
        // Turned into a cookie session, the password step still reaches nothing.
        const cookie = await api.post("/auth/session", {}, passwordOnly)
        const sessionCookie = String(cookie.headers["set-cookie"] ?? "").split(";")[0]
        expect((await api.get("/admin/users/me", { headers: { cookie: sessionCookie }, validateStatus: () => true })).status).toBe(401)
        const { secret, lastTimeStep } = await totpStateOf(getContainer(), "newstaff@example.se")
        const verified = await api.post(
          `/auth/mfa/challenges/${first.data.mfa_challenge.id}/verify`,
          { method: "totp", code: await freshTotpCode(secret, lastTimeStep) },
          passwordOnly
        )
        expect(verified.status).toBe(200)
        expect(
          (await api.get("/admin/companies", { headers: { authorization: `Bearer ${verified.data.token}` }, validateStatus: () => true }))
            .status
        ).toBe(200)
      })

      it("let staff without a factor only set one up, then log in again with it", async () => {
        const first = await api.post("/auth/user/emailpass", { email: "staff@example.se", password: PASSWORD }, open)
        expect(first.status).toBe(200)
        const staff = { headers: { authorization: `Bearer ${first.data.token}` }, validateStatus: () => true }
        const refused = await api.get("/admin/companies", staff)
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/Two-factor authentication is required/)
        expect((await api.get("/admin/users/me", staff)).status).toBe(200)
        const setup = await api.post("/auth/mfa/factors", { provider: "totp" }, staff)
        expect(setup.status).toBe(200)
        const code = await totpCode(setup.data.secret, Math.floor(Date.now() / 1000) - 30)
        expect((await api.post(`/auth/mfa/factors/${setup.data.mfa_factor.id}/verify`, { code }, staff)).status).toBe(200)
        // The session from before the factor does not count as having passed it.
        expect((await api.get("/admin/companies", staff)).status).toBe(401)
        const token = await completeStaffSession(api as any, getContainer(), "staff@example.se", PASSWORD)
        expect(
          (await api.get("/admin/companies", { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true })).status
        ).toBe(200)
      })
    })

    describe("sessions end when they should", () => {
      it("at logout", async () => {
        const token = await completePortalSession(api as any, getContainer(), "anna@example.se", PASSWORD)
        expect(await storeCompanies(token)).toBe(200)
        expect((await api.post("/auth/portal/logout", {}, bearer(token))).status).toBe(200)
        expect(await storeCompanies(token)).toBe(401)
        expect((await api.get("/auth/portal/session", bearer(token))).status).toBe(401)
      })

      it("at a password reset", async () => {
        const token = await completePortalSession(api as any, getContainer(), "erik@example.se", PASSWORD)
        expect(await storeCompanies(token)).toBe(200)
        await api.post("/auth/portal/password-reset", { email: "erik@example.se" }, open)
        const reset = (await mail.latestTo("erik@example.se")).text!.match(/aterstall-losenord\?token=([A-Za-z0-9_-]+)/)![1]
        expect(
          (await api.post("/auth/portal/password-reset/confirm", { token: reset, password: "New-password-2026-x" }, open)).status
        ).toBe(200)
        expect(await storeCompanies(token)).toBe(401)
      })

      it("at a 2FA reset by vendor staff, which the audit log attributes to the staff member", async () => {
        const token = await completePortalSession(api as any, getContainer(), "sara@example.se", PASSWORD)
        expect(await storeCompanies(token)).toBe(200)
        const staff = await completeStaffSession(api as any, getContainer(), "staff@example.se", PASSWORD)
        const reset = await api.post(
          `/admin/customers/${fixtures.people.sara}/mfa-reset`,
          {},
          { headers: { authorization: `Bearer ${staff}` }, validateStatus: () => true }
        )
        expect(reset.status).toBe(200)
        expect(await storeCompanies(token)).toBe(401)
        const audited = await knex()("audit_event").where({ action: "auth.mfa_reset" }).first("actor_type", "actor_email")
        expect(audited).toEqual({ actor_type: "user", actor_email: "staff@example.se" })
      })

      it("and ended sessions are pruned after a month by the nightly job", async () => {
        const token = await completePortalSession(api as any, getContainer(), "anna@example.se", PASSWORD)
        expect((await api.post("/auth/portal/logout", {}, bearer(token))).status).toBe(200)
        const live = await completePortalSession(api as any, getContainer(), "erik@example.se", PASSWORD)
        await knex()("portal_session")
          .whereNotNull("ended_at")
          .update({ ended_at: knex().raw(`now() - interval '31 days'`) })
        await prunePortalSessions(getContainer())
        expect(await knex()("portal_session").whereNotNull("ended_at").count("id as n").first()).toEqual({ n: "0" })
        expect(await storeCompanies(live)).toBe(200)
      })

      it("at removal from the last company", async () => {
        const removed = await completePortalSession(api as any, getContainer(), "erik@example.se", PASSWORD)
        expect(await storeCompanies(removed)).toBe(200)
        const anna = await completePortalSession(api as any, getContainer(), "anna@example.se", PASSWORD)
        expect((await api.delete(`/store/companies/${fixtures.nord}/users/${fixtures.people.erik}`, bearer(anna))).status).toBeLessThan(300)
        expect(await storeCompanies(removed)).toBe(401)
        expect(await storeCompanies(anna)).toBe(200)
      })
    })

    describe("messages", () => {
      it("keep every link token and code out of the notifications vendor staff can read (GET /admin/notifications)", async () => {
        const container = getContainer()
        const secrets: Record<string, string> = {}

        // An invitation: Anna invites Nils.
        const anna = await completePortalSession(api as any, container, "anna@example.se", PASSWORD)
        const invited = await api.post(
          "/store/invitations",
          { invitations: [{ email: "nils@example.se", company_ids: [fixtures.nord], role: "user" }] },
          bearer(anna)
        )
        expect(invited.status).toBe(201)
        secrets.invitation = (await mail.latestTo("nils@example.se")).text!.match(/\/sv\/inbjudan\?token=([A-Za-z0-9_-]+)/)![1]

        // A registration link: the ERP asks for Monitor-ansvarig Mia (a signed request, as the ERP sends it).
        const { installation, secret } = await container
          .resolve<MonitorRegistrationModuleService>(MONITOR_REGISTRATION_MODULE)
          .createInstallation({ company_id: fixtures.nord, label: "Test" })
        const raw = JSON.stringify({
          requestId: randomUUID(),
          email: "mia@kund.se",
          erpVersion: "25.7.2",
          erpUser: { id: "MIA", name: "Mia", roles: ["Monitor-ansvarig"] },
        })
        const timestamp = String(Math.floor(Date.now() / 1000))
        const registered = await api.post("/erp/v1/admin-registrations", raw, {
          headers: {
            "content-type": "application/json",
            "x-monitor-installation": installation.id,
            "x-monitor-timestamp": timestamp,
            "x-monitor-signature": `v1=${createHmac("sha256", secret).update(`${timestamp}.${raw}`, "utf8").digest("hex")}`,
          },
          transformRequest: [(data: unknown) => data],
          validateStatus: () => true,
        })
        expect(registered.status).toBe(202)
        secrets.registration = (await mail.latestTo("mia@kund.se")).text!.match(/\/sv\/registrera\?token=([A-Za-z0-9_-]+)/)![1]

        // An enrolment code: Olle has no second factor yet.
        expect((await login("olle@example.se")).data.next).toBe("email_code")
        secrets.enrolmentCode = (await mail.latestTo("olle@example.se")).text!.match(/\b(\d{6})\b/)![1]

        // A password reset: Erik forgot his.
        expect((await api.post("/auth/portal/password-reset", { email: "erik@example.se" }, open)).status).toBe(202)
        secrets.passwordReset = (await mail.latestTo("erik@example.se")).text!.match(/aterstall-losenord\?token=([A-Za-z0-9_-]+)/)![1]

        // An SMS code: Sara sets up SMS.
        const { authIdentityId } = await totpStateOf(container, "sara@example.se")
        await (container.resolve(Modules.AUTH) as any).startAuthMfa({
          auth_identity_id: authIdentityId,
          provider: "sms",
          metadata: { phone: "0701234588" },
        })
        secrets.smsCode = sms.latestCodeTo("+46701234588")

        const staff = await completeStaffSession(api as any, container, "staff@example.se", PASSWORD)
        const asStaff = { headers: { authorization: `Bearer ${staff}` }, validateStatus: () => true }
        const listed = await api.get("/admin/notifications?limit=100", asStaff)
        expect(listed.status).toBe(200)
        // Every message went through the notification module, and was sent.
        expect(listed.data.notifications.map((notification: any) => notification.template).sort()).toEqual(
          ["enrolment-code", "invitation", "password-reset", "registration", "sms-code"].sort()
        )
        const everyField = await api.get(
          "/admin/notifications?limit=100&fields=+from,+provider_data,+status,+external_id,+idempotency_key,+original_notification_id",
          asStaff
        )
        expect(everyField.status).toBe(200)
        expect(everyField.data.notifications.map((notification: any) => notification.status)).toEqual(Array(5).fill("success"))
        const rows = await knex()("notification").select("*")
        for (const [name, value] of Object.entries(secrets)) {
          expect({ name, found: JSON.stringify(listed.data).includes(value) }).toEqual({ name, found: false })
          expect({ name, found: JSON.stringify(everyField.data).includes(value) }).toEqual({ name, found: false })
          expect({ name, found: JSON.stringify(rows).includes(value) }).toEqual({ name, found: false })
        }
      })
    })

    describe("the client address", () => {
      it("is the socket's, whatever forwarding headers a visitor sends", async () => {
        await login("anna@example.se", "Wrong-password-2026", {
          "x-forwarded-for": "6.6.6.6",
          "x-real-ip": "6.6.6.7",
          "x-portal-client-ip": "6.6.6.8",
        })
        const [event] = await knex()("audit_event").where({ action: "auth.login_failed" }).select("ip")
        expect(event.ip).not.toMatch(/^6\.6\.6\./)
        expect(event.ip).toMatch(/127\.0\.0\.1|::1/)
      })
    })

    describe("smaller findings", () => {
      it("the ERP API answers 415 to anything but JSON; no answer names Express", async () => {
        const plain = await api.post("/erp/v1/admin-registrations", "email=x", {
          headers: { "content-type": "text/plain" },
          validateStatus: () => true,
        })
        expect(plain.status).toBe(415)
        expect(plain.data.code).toBe("unsupported_media_type")
        const regions = await api.get("/store/regions", open)
        expect(regions.headers["x-powered-by"]).toBeUndefined()
        expect(plain.headers["x-powered-by"]).toBeUndefined()
      })

      it("wrong passwords from one address do not lock the owner out of another", async () => {
        for (let i = 0; i < 10; i++) await login("anna@example.se", "Wrong-password-2026", {})
        expect((await login("anna@example.se", "Wrong-password-2026")).status).toBe(429)
        // The owner, from elsewhere (the storefront forwards their address with the shared secret).
        const owner = await login("anna@example.se", PASSWORD, {
          "x-portal-client-ip": "192.0.2.10",
          "x-portal-forward-secret": process.env.PORTAL_FORWARD_SECRET!,
        })
        expect(owner.status).toBe(200)
      })
    })
  },
})
