import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHash, createHmac, randomUUID } from "node:crypto"
import { execFile } from "node:child_process"
import type { AddressInfo } from "node:net"
import { promisify } from "node:util"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { completeStaffSession } from "../helpers/staff-session"
import { issuePortalToken } from "@mymonitor/portal-permissions/lib/portal-session"
import {
  ensureCompany,
  ensureDemoErpInstallation,
  ensureMembership,
  ensurePortalUser,
  ensureStore,
  ensureVendorAdmin,
} from "../../src/seed"

jest.setTimeout(120_000)

const PASSWORD = "Test-password-2026"
const REGISTRATION = "monitorRegistration"

// ---- an in-process SMTP server: the e-mails the backend sends land here ------------
const mails: ParsedMail[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        mails.push(mail)
        callback()
      })
      .catch(callback)
  },
})
const mailsTo = (address: string) => mails.filter((mail) => (mail.to as any)?.text?.toLowerCase().includes(address.toLowerCase()))
async function waitForMail(address: string, count = 1): Promise<ParsedMail> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = mailsTo(address)
    if (found.length >= count) return found[count - 1]
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`No e-mail #${count} to ${address} (got ${mails.length} in all)`)
}
const tokenOf = (mail: ParsedMail) => {
  const match = /\/sv\/registrera\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")
  if (!match) throw new Error(`No registration link in: ${mail.text}`)
  return match[1]
}

// ---- the ERP side, written from the contract (not from the backend's helpers) -------
const sign = (secret: string, timestamp: string, raw: string) =>
  `v1=${createHmac("sha256", secret).update(`${timestamp}.${raw}`, "utf8").digest("hex")}`
const now = () => String(Math.floor(Date.now() / 1000))

let emailCounter = 0
const uniqueEmail = (name = "anna") => `${name}.${process.pid}.${++emailCounter}@kund.se`

const requestBody = (overrides: Record<string, unknown> = {}) => ({
  requestId: randomUUID(),
  email: uniqueEmail(),
  erpVersion: "25.7.2",
  erpUser: { id: "ANNA", name: "Anna Andersson", roles: ["Monitor-ansvarig", "Inköp"] },
  ...overrides,
})

type Fixtures = {
  publishableKey: string
  nord: string
  syd: string
  installation: { id: string; secret: string }
}

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const nord = await ensureCompany(container, {
    name: "Verkstad Nord AB",
    organisation_number: "556101-2345",
    customer_number: "10001",
    erp_version: "25.7.2",
  })
  const syd = await ensureCompany(container, { name: "Precision Syd AB", organisation_number: "556202-3456", customer_number: "10002" })
  await ensureVendorAdmin(container, "admin@example.se", PASSWORD)
  const { installation, secret } = await container.resolve<any>(REGISTRATION).createInstallation({ company_id: nord.id, label: "Test" })
  return { publishableKey, nord: nord.id, syd: syd.id, installation: { id: installation.id, secret } }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let fixtures: Fixtures

    beforeAll(async () => {
      await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve))
      process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
      process.env.PORTAL_URL = "http://portal.test"
    })
    afterAll(async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
    })
    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    const service = () => getContainer().resolve<any>(REGISTRATION)

    /** Sends a raw body exactly as given, signed unless told otherwise. */
    const erp = async (
      raw: string | Record<string, unknown>,
      options: { installation?: string; secret?: string; timestamp?: string; signature?: string | null; omit?: string[] } = {}
    ) => {
      const body = typeof raw === "string" ? raw : JSON.stringify(raw)
      const timestamp = options.timestamp ?? now()
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "x-monitor-installation": options.installation ?? fixtures.installation.id,
        "x-monitor-timestamp": timestamp,
        "x-monitor-signature": options.signature ?? sign(options.secret ?? fixtures.installation.secret, timestamp, body),
      }
      for (const name of options.omit ?? []) delete headers[name]
      return api.post("/erp/v1/admin-registrations", body, {
        headers,
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
      })
    }

    const expectError = (response: any, status: number, code: string) => {
      expect({ status: response.status, code: response.data?.code }).toEqual({ status, code })
      expect(response.data.message).toEqual({ sv: expect.any(String), en: expect.any(String) })
    }

    const loginAdmin = async () => {
      const token = await completeStaffSession(api as any, getContainer(), "admin@example.se", PASSWORD)
      return { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true }
    }

    /** A complete portal session (identity-design.md: a Medusa JWT with portal_stage "complete"). */
    const portalSession = async (email: string) => {
      const container = getContainer()
      const customer = await ensurePortalUser(container, { email, first_name: "Anna", last_name: "Andersson" }, PASSWORD)
      const [providerIdentity] = await container
        .resolve(Modules.AUTH)
        .listProviderIdentities({ entity_id: email, provider: "emailpass" }, { relations: ["auth_identity"] })
      // A complete session as the portal's 2FA login would mint it (with its server-side session row).
      const token = await issuePortalToken(container, {
        authIdentityId: providerIdentity.auth_identity_id as string,
        email,
        stage: "complete",
      })
      return {
        customer,
        options: {
          headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": fixtures.publishableKey },
          validateStatus: () => true,
        },
      }
    }

    describe("POST /erp/v1/admin-registrations — 202", () => {
      it("stores the registration (token hashed), e-mails a Swedish and English link and audits it", async () => {
        const body = requestBody()
        const response = await erp(body)
        expect(response.status).toBe(202)
        expect(response.data).toEqual({ status: "email_sent" })

        const mail = await waitForMail(body.email as string)
        expect(mail.subject).toContain("Registrera dig som admin för myMonitor")
        expect(mail.text).toContain("Verkstad Nord AB")
        expect(mail.text).toContain("Du har begärt att bli administratör")
        expect(mail.text).toContain("You asked from Monitor ERP to become administrator")
        expect(mail.text).toContain("http://portal.test/sv/registrera?token=")
        expect(mail.html).toContain('href="http://portal.test/sv/registrera?token=')
        const token = tokenOf(mail)
        expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16)

        const [row] = await service().listAdminRegistrations({ request_id: body.requestId })
        expect(row.token_hash).toBe(createHash("sha256").update(token).digest("hex"))
        expect(JSON.stringify(row)).not.toContain(token)
        expect(row.email).toBe((body.email as string).toLowerCase())
        expect(row.erp_user).toEqual(body.erpUser)
        expect(row.used_at).toBeNull()
        const ttlHours = (new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()) / 3600_000
        expect(ttlHours).toBeCloseTo(72, 1)

        expect(await service().describeLink(token)).toEqual({
          email: (body.email as string).toLowerCase(),
          grants: [{ company_id: fixtures.nord, role: "admin" }],
          status: "valid",
        })

        const events = await getContainer().resolve<any>("audit").listAuditEvents({ action: "erp.registration_requested" })
        expect(events).toEqual([
          expect.objectContaining({
            actor_type: "erp",
            actor_id: fixtures.installation.id,
            actor_email: (body.email as string).toLowerCase(),
            company_id: fixtures.nord,
          }),
        ])
      })

      it("answers the same for an address that already has an account", async () => {
        await ensurePortalUser(getContainer(), { email: "befintlig@kund.se", first_name: "Bo", last_name: "Befintlig" }, PASSWORD)
        const response = await erp(requestBody({ email: "befintlig@kund.se" }))
        expect(response.status).toBe(202)
        expect(response.data).toEqual({ status: "email_sent" })
        expect(tokenOf(await waitForMail("befintlig@kund.se"))).toBeTruthy()
      })

      it("compares versions numerically per part: 25.10 is above 25.7, 25.7 itself is enough", async () => {
        expect((await erp(requestBody({ erpVersion: "25.10" }))).status).toBe(202)
        expect((await erp(requestBody({ erpVersion: "25.7" }))).status).toBe(202)
        expect((await erp(requestBody({ erpVersion: "26.0.1" }))).status).toBe(202)
      })

      it("keeps the reported version as the company's ERP fact; the first link used activates its portal", async () => {
        expect((await erp(requestBody({ erpVersion: "25.11.3" }))).status).toBe(202)
        const before = (await service().erpFactsOf([fixtures.nord])).get(fixtures.nord)
        expect(before).toEqual(expect.objectContaining({ erp_version: "25.11.3", portal_activated_at: null }))
        expect(before?.erp_version_reported_at).toBeInstanceOf(Date)

        const body = requestBody()
        expect((await erp(body)).status).toBe(202)
        expect((await service().consumeLink(tokenOf(await waitForMail(body.email as string))))?.status).toBe("valid")
        const activated = (await service().erpFactsOf([fixtures.nord])).get(fixtures.nord)?.portal_activated_at
        expect(activated).toBeInstanceOf(Date)
        // a later administrator changes nothing
        const second = requestBody()
        expect((await erp(second)).status).toBe(202)
        await service().consumeLink(tokenOf(await waitForMail(second.email as string)))
        expect((await service().erpFactsOf([fixtures.nord])).get(fixtures.nord)?.portal_activated_at).toEqual(activated)
      })
    })

    describe("401 — unsigned traffic is refused before anything else", () => {
      it("refuses an unknown installation, a disabled one, a bad signature, a stale or future timestamp and missing headers", async () => {
        const body = JSON.stringify(requestBody())
        const old = String(Number(now()) - 301)
        // Past the window by more than the seconds the earlier calls in this test may take on a slow machine.
        const future = String(Number(now()) + 360)
        const cases = {
          unknown: await erp(body, { installation: "inst_01JUNKNOWNUNKNOWNUNKNOWN00" }),
          wrongSecret: await erp(body, { secret: "not-the-secret" }),
          tamperedBody: await erp(body, { signature: sign(fixtures.installation.secret, now(), body.replace("25.7.2", "25.7.3")) }),
          uppercaseHex: await erp(body, { signature: sign(fixtures.installation.secret, now(), body).toUpperCase() }),
          oldTimestamp: await erp(body, { timestamp: old }),
          futureTimestamp: await erp(body, { timestamp: future }),
          noSignature: await erp(body, { omit: ["x-monitor-signature"] }),
          noTimestamp: await erp(body, { omit: ["x-monitor-timestamp"] }),
          noInstallation: await erp(body, { omit: ["x-monitor-installation"] }),
        }
        for (const [name, response] of Object.entries(cases)) {
          expect({ name, status: response.status, code: response.data?.code }).toEqual({ name, status: 401, code: "unauthorized" })
        }
        expect(await service().listAdminRegistrations({})).toEqual([])
        expect(mails.filter((m) => body.includes((m.to as any).text))).toEqual([])

        await service().disableInstallation(fixtures.installation.id)
        expectError(await erp(body), 401, "unauthorized")
      })

      it("checks the signature before the body: malformed JSON or bad fields unsigned are 401, not 400", async () => {
        expectError(await erp("{not json", { signature: "v1=" + "0".repeat(64) }), 401, "unauthorized")
        expectError(await erp(requestBody({ email: "nope" }), { secret: "wrong" }), 401, "unauthorized")
      })
    })

    describe("400 — malformed JSON or fields, with field errors", () => {
      it("names each offending field", async () => {
        const fieldsOf = async (raw: string | Record<string, unknown>) => {
          const response = await erp(raw)
          expectError(response, 400, "invalid_data")
          return Object.keys(response.data.fields).sort()
        }
        expect(await fieldsOf("{not json")).toEqual(["_"])
        expect(await fieldsOf("")).toEqual(["_"])
        expect(await fieldsOf('"a string"')).toEqual(["_"])
        const { requestId, ...withoutRequestId } = requestBody()
        expect(requestId).toBeTruthy()
        expect(await fieldsOf(withoutRequestId)).toEqual(["requestId"])
        expect(await fieldsOf(requestBody({ requestId: "not-a-uuid" }))).toEqual(["requestId"])
        expect(await fieldsOf(requestBody({ email: "anna-at-kund.se" }))).toEqual(["email"])
        expect(await fieldsOf(requestBody({ email: undefined }))).toEqual(["email"])
        for (const version of ["25", "25.x", "v25.7", "25.7.1.4", ""]) {
          expect(await fieldsOf(requestBody({ erpVersion: version }))).toEqual(["erpVersion"])
        }
        expect(await fieldsOf(requestBody({ erpUser: undefined }))).toEqual(["erpUser"])
        expect(await fieldsOf(requestBody({ erpUser: { id: "ANNA", name: "Anna" } }))).toEqual(["erpUser.roles"])
        expect(await fieldsOf(requestBody({ extra: true }))).toEqual(["_"])
        expect(await fieldsOf({ requestId: 1, email: 2, erpVersion: 25.7, erpUser: "ANNA" })).toEqual([
          "email",
          "erpUser",
          "erpVersion",
          "requestId",
        ])
        expect(await service().listAdminRegistrations({})).toEqual([])
      })
    })

    describe("403, 422 and their order", () => {
      it("403 when erpUser.roles lacks Monitor-ansvarig, before the version check", async () => {
        expectError(await erp(requestBody({ erpUser: { id: "BERTIL", name: "Bertil", roles: ["Inköp"] } })), 403, "forbidden")
        expectError(await erp(requestBody({ erpUser: { id: "B", name: "B", roles: [] } })), 403, "forbidden")
        expectError(await erp(requestBody({ erpUser: { id: "B", name: "B", roles: ["monitor-ansvarig"] } })), 403, "forbidden")
        expectError(await erp(requestBody({ erpVersion: "25.6", erpUser: { id: "B", name: "B", roles: ["Inköp"] } })), 403, "forbidden")
      })

      it("422 below 25.7, naming the minimum version", async () => {
        for (const version of ["25.6.9", "25.6", "24.12", "9.99"]) {
          const response = await erp(requestBody({ erpVersion: version }))
          expectError(response, 422, "erp_version_too_old")
          expect(response.data.message.sv).toContain("25.7")
          expect(response.data.message.en).toContain("25.7")
        }
        expect(await service().listAdminRegistrations({})).toEqual([])
      })
    })

    describe("409 — replay of a requestId", () => {
      it("refuses the same requestId again for the installation, but not for another installation", async () => {
        const body = requestBody()
        expect((await erp(body)).status).toBe(202)
        await waitForMail(body.email as string)
        const replay = await erp(body)
        expectError(replay, 409, "conflict")
        expect(replay.data.message.en).toMatch(/already/)
        // The replay's checks before 409 still come first.
        expectError(await erp({ ...body, erpVersion: "25.6" }), 422, "erp_version_too_old")
        expect(mailsTo(body.email as string)).toHaveLength(1)

        const other = await service().createInstallation({ company_id: fixtures.syd })
        expect((await erp(body, { installation: other.installation.id, secret: other.secret })).status).toBe(202)
      })
    })

    describe("429 — rate limits per e-mail and per installation", () => {
      it("limits signed requests per e-mail address (5 an hour), and a replay is still 409 first", async () => {
        const email = uniqueEmail("limit")
        const first = requestBody({ email })
        for (let n = 0; n < 5; n++) {
          expect((await erp(n === 0 ? first : requestBody({ email }))).status).toBe(202)
        }
        const limited = await erp(requestBody({ email: email.toUpperCase() }))
        expectError(limited, 429, "rate_limited")
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expectError(await erp(first), 409, "conflict")
        expect((await erp(requestBody())).status).toBe(202)
      })

      it("limits signed requests per installation", async () => {
        process.env.RATE_LIMIT_ERP_INSTALLATION = "3/3600"
        try {
          for (let n = 0; n < 3; n++) expect((await erp(requestBody())).status).toBe(202)
          expectError(await erp(requestBody()), 429, "rate_limited")
          // Unsigned traffic cannot use up (or learn about) the quota: still 401.
          expectError(await erp(requestBody(), { secret: "wrong" }), 401, "unauthorized")
          const other = await service().createInstallation({ company_id: fixtures.nord })
          expect((await erp(requestBody(), { installation: other.installation.id, secret: other.secret })).status).toBe(202)
        } finally {
          delete process.env.RATE_LIMIT_ERP_INSTALLATION
        }
      })
    })

    describe("the link: single use, expiring (the link interface)", () => {
      const register = async () => {
        const body = requestBody()
        expect((await erp(body)).status).toBe(202)
        return { token: tokenOf(await waitForMail(body.email as string)), email: (body.email as string).toLowerCase() }
      }

      it("consumeLink works once; restoreLink gives it back", async () => {
        const { token, email } = await register()
        const grants = [{ company_id: fixtures.nord, role: "admin" }]
        expect(await service().consumeLink(token)).toEqual({ email, grants, status: "valid" })
        expect(await service().consumeLink(token)).toEqual({ email, grants, status: "used" })
        expect((await service().describeLink(token)).status).toBe("used")
        await service().restoreLink(token)
        expect((await service().describeLink(token)).status).toBe("valid")
      })

      it("two concurrent consumeLink calls: exactly one wins", async () => {
        const { token } = await register()
        const results = await Promise.all([service().consumeLink(token), service().consumeLink(token), service().consumeLink(token)])
        expect(results.map((r: any) => r.status).sort()).toEqual(["used", "used", "valid"])
      })

      it("expires, and a disabled installation revokes its links; unknown tokens are null", async () => {
        const { token } = await register()
        const [row] = await service().listAdminRegistrations({})
        await service().updateAdminRegistrations({ id: row.id, expires_at: new Date(Date.now() - 1000) })
        expect((await service().describeLink(token)).status).toBe("expired")
        expect((await service().consumeLink(token)).status).toBe("expired")
        expect(await service().consumeLink(token)).toEqual(expect.objectContaining({ status: "expired" }))
        expectError(
          await api.post(`/store/admin-registrations/${token}/accept`, {}, (await portalSession(row.email)).options),
          410,
          "link_expired"
        )

        const second = await register()
        await service().disableInstallation(fixtures.installation.id)
        expect((await service().describeLink(second.token)).status).toBe("revoked")
        expect((await service().consumeLink(second.token)).status).toBe("revoked")

        expect(await service().describeLink("no-such-token")).toBeNull()
        expect(await service().consumeLink("no-such-token")).toBeNull()
      })

      it("an existing account accepts after login and becomes admin (new membership, or its role raised)", async () => {
        const body = requestBody({ email: "bertil@kund.se" })
        expect((await erp(body)).status).toBe(202)
        const token = tokenOf(await waitForMail("bertil@kund.se"))

        const stranger = await portalSession("someone.else@kund.se")
        expectError(await api.post(`/store/admin-registrations/${token}/accept`, {}, stranger.options), 403, "forbidden")
        const anonymous = await api.post(
          `/store/admin-registrations/${token}/accept`,
          {},
          {
            headers: { "x-publishable-api-key": fixtures.publishableKey },
            validateStatus: () => true,
          }
        )
        expect(anonymous.status).toBe(401)

        const bertil = await portalSession("bertil@kund.se")
        await ensureMembership(getContainer(), fixtures.nord, bertil.customer.id, "support")
        const accepted = await api.post(`/store/admin-registrations/${token}/accept`, {}, bertil.options)
        expect(accepted.status).toBe(200)
        expect(accepted.data).toEqual(expect.objectContaining({ company_id: fixtures.nord, role: "admin" }))
        const companies = getContainer().resolve<any>("company")
        const memberships = await companies.listMemberships({ customer_id: bertil.customer.id })
        expect(memberships.map((m: any) => [m.company_id, m.role])).toEqual([[fixtures.nord, "admin"]])

        expectError(await api.post(`/store/admin-registrations/${token}/accept`, {}, bertil.options), 410, "link_used")
        expectError(await api.post(`/store/admin-registrations/unknown-token/accept`, {}, bertil.options), 404, "not_found")

        // A second installation's link for a company where Bertil is no member yet: a new admin membership.
        const other = await service().createInstallation({ company_id: fixtures.syd })
        const second = requestBody({ email: "Bertil@Kund.se" })
        expect((await erp(second, { installation: other.installation.id, secret: other.secret })).status).toBe(202)
        const secondToken = tokenOf(await waitForMail("bertil@kund.se", 2))
        expect((await api.post(`/store/admin-registrations/${secondToken}/accept`, {}, bertil.options)).status).toBe(200)
        const after = await companies.listMemberships({ customer_id: bertil.customer.id })
        expect(after.map((m: any) => [m.company_id, m.role]).sort()).toEqual(
          [
            [fixtures.nord, "admin"],
            [fixtures.syd, "admin"],
          ].sort()
        )
        const events = await getContainer().resolve<any>("audit").listAuditEvents({ action: "erp.registration_accepted" })
        expect(events.map((e: any) => e.company_id).sort()).toEqual([fixtures.nord, fixtures.syd].sort())
      })
    })

    describe("the demo seed's installation", () => {
      it("is created once with the dev-only secret, written for the simulator, and accepted by the ERP API", async () => {
        const dataDir = mkdtempSync(path.join(tmpdir(), "mymonitor-erp-"))
        process.env.MYMONITOR_DATA_DIR = dataDir
        try {
          const demo = { id: "inst_demo_verkstad_nord", company: "nord", label: "Demo", secret: "dev-only-test-secret" }
          await ensureDemoErpInstallation(getContainer(), fixtures.nord, demo)
          await ensureDemoErpInstallation(getContainer(), fixtures.nord, demo)
          expect(await service().listErpInstallations({ id: demo.id })).toHaveLength(1)
          const written = JSON.parse(readFileSync(path.join(dataDir, "demo-erp-installation.json"), "utf8"))
          expect(written).toEqual({ installation: demo.id, secret: demo.secret, company_id: fixtures.nord })
          expect((await erp(requestBody(), { installation: demo.id, secret: demo.secret })).status).toBe(202)

          // `npm run erp -- register-admin` without --installation/--secret reads the file the seed wrote.
          const simulator = path.resolve(__dirname, "..", "..", "..", "scripts", "erp-simulator.mjs")
          const { stdout } = await promisify(execFile)(
            process.execPath,
            [
              simulator,
              "register-admin",
              "--email",
              "sim@kund.se",
              "--erp-user-id",
              "ANNA",
              "--name",
              "Anna Andersson",
              "--url",
              api.defaults.baseURL as string,
            ],
            { env: { ...process.env, MYMONITOR_DATA_DIR: dataDir, NODE_OPTIONS: "" } }
          )
          expect(stdout).toContain("→ 202")
          expect(tokenOf(await waitForMail("sim@kund.se"))).toBeTruthy()
          const refused = await promisify(execFile)(
            process.execPath,
            [simulator, "register-admin", "--email", "sim2@kund.se", "--erp-version", "25.6", "--url", api.defaults.baseURL as string],
            { env: { ...process.env, MYMONITOR_DATA_DIR: dataDir, NODE_OPTIONS: "" } }
          ).catch((error) => error)
          expect(refused.code).toBe(1)
          expect(refused.stdout).toContain("→ 422")
        } finally {
          delete process.env.MYMONITOR_DATA_DIR
        }
      })
    })

    describe("Medusa admin: ERP installations of a company", () => {
      it("creates one with its secret shown once; rotation invalidates the old secret; disabling gives 401", async () => {
        const admin = await loginAdmin()
        const created = await api.post(`/admin/companies/${fixtures.nord}/erp-installations`, { label: "Produktion" }, admin)
        expect(created.status).toBe(201)
        const { erp_installation: installation, secret } = created.data
        expect(installation).toEqual(
          expect.objectContaining({ id: expect.stringMatching(/^inst_/), company_id: fixtures.nord, label: "Produktion", status: "active" })
        )
        expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)

        const listed = await api.get(`/admin/companies/${fixtures.nord}/erp-installations`, admin)
        expect(listed.status).toBe(200)
        expect(listed.data.erp_installations.map((i: any) => i.id)).toContain(installation.id)
        expect(JSON.stringify(listed.data)).not.toContain(secret)
        const [stored] = await service().listErpInstallations({ id: installation.id })
        expect(JSON.stringify(stored)).not.toContain(secret)

        const as = { installation: installation.id, secret }
        expect((await erp(requestBody(), as)).status).toBe(202)

        const rotated = await api.post(`/admin/companies/${fixtures.nord}/erp-installations/${installation.id}/rotate`, {}, admin)
        expect(rotated.status).toBe(200)
        expect(rotated.data.secret).not.toBe(secret)
        expect(rotated.data.erp_installation.rotated_at).toBeTruthy()
        expectError(await erp(requestBody(), as), 401, "unauthorized")
        expect((await erp(requestBody(), { installation: installation.id, secret: rotated.data.secret })).status).toBe(202)

        const disabled = await api.post(`/admin/companies/${fixtures.nord}/erp-installations/${installation.id}/disable`, {}, admin)
        expect(disabled.status).toBe(200)
        expect(disabled.data.erp_installation).toEqual(expect.objectContaining({ status: "disabled", disabled_at: expect.any(String) }))
        expectError(await erp(requestBody(), { installation: installation.id, secret: rotated.data.secret }), 401, "unauthorized")
        expectError(
          await api.post(`/admin/companies/${fixtures.nord}/erp-installations/${installation.id}/rotate`, {}, admin),
          409,
          "installation_disabled"
        )

        const actions = (await getContainer().resolve<any>("audit").listAuditEvents({ company_id: fixtures.nord }))
          .map((e: any) => e.action)
          .filter((a: string) => a.startsWith("erp_installation."))
          .sort()
        expect(actions).toEqual(["erp_installation.created", "erp_installation.disabled", "erp_installation.rotated"])
      })

      it("answers 404 for an unknown company or another company's installation, 400 for bad input, 401 without staff session", async () => {
        const admin = await loginAdmin()
        expectError(await api.get(`/admin/companies/comp_missing/erp-installations`, admin), 404, "not_found")
        expectError(
          await api.post(`/admin/companies/${fixtures.syd}/erp-installations/${fixtures.installation.id}/rotate`, {}, admin),
          404,
          "not_found"
        )
        expectError(
          await api.post(`/admin/companies/${fixtures.nord}/erp-installations`, { label: "x".repeat(201), extra: 1 }, admin),
          400,
          "invalid_data"
        )
        expect((await api.get(`/admin/companies/${fixtures.nord}/erp-installations`, { validateStatus: () => true })).status).toBe(401)
      })
    })
  },
})
