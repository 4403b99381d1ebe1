import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { hashSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor, ensureVendorAdmin } from "../../src/seed"
import { MailCatcher } from "../../../test-support/mail"
import { completeStaffSession } from "../helpers/staff-session"
import { completePortalSession } from "../helpers/portal-session"

jest.setTimeout(180_000)

const PASSWORD = "Test-password-2026"
const mail = new MailCatcher()

type Person = "anna" | "bo" | "sara" | "david" | "eva" | "frida"
type Fixtures = {
  publishableKey: string
  companies: Record<"nord" | "syd" | "vast", string>
  people: Record<Person, string>
}

const EMAIL: Record<Person, string> = {
  anna: "anna@example.se",
  bo: "bo@example.se",
  sara: "sara@example.se",
  david: "david@example.se",
  eva: "eva@example.se",
  frida: "frida@example.se",
}

/**
 * Anna administers Nord and Syd; Bo is a user in Nord (no user management); Sara is a
 * support user in Syd; David administers Väst only; Eva and Frida have accounts but
 * no company yet (they accept invitations).
 */
async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const nord = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2345", customer_number: "10001" })
  const syd = await ensureCompany(container, { name: "Precision Syd AB", organisation_number: "556202-3456", customer_number: "10002" })
  const vast = await ensureCompany(container, { name: "Gjuteri Väst AB", organisation_number: "556303-4567", customer_number: "10003" })
  const names: Record<Person, [string, string]> = {
    anna: ["Anna", "Andersson"],
    bo: ["Bo", "Berg"],
    sara: ["Sara", "Svensson"],
    david: ["David", "Dahl"],
    eva: ["Eva", "Ek"],
    frida: ["Frida", "Falk"],
  }
  const people = {} as Record<Person, string>
  for (const person of Object.keys(names) as Person[]) {
    const [first_name, last_name] = names[person]
    people[person] = (await ensurePortalUser(container, { email: EMAIL[person], first_name, last_name }, PASSWORD)).id
    await ensureTotpFactor(container, EMAIL[person])
  }
  await ensureMembership(container, nord.id, people.anna, "admin")
  await ensureMembership(container, syd.id, people.anna, "admin")
  await ensureMembership(container, nord.id, people.bo, "user")
  await ensureMembership(container, syd.id, people.sara, "support")
  await ensureMembership(container, vast.id, people.david, "admin")
  await ensureVendorAdmin(container, "admin@example.se", PASSWORD)
  return { publishableKey, companies: { nord: nord.id, syd: syd.id, vast: vast.id }, people }
}

const tokenIn = (text: string | undefined) => text?.match(/\/sv\/inbjudan\?token=([A-Za-z0-9_-]+)/)?.[1]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let fixtures: Fixtures

    const as = async (person: Person) => {
      const token = await completePortalSession(api as any, getContainer(), EMAIL[person], PASSWORD)
      return {
        headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": fixtures.publishableKey },
        validateStatus: () => true,
      }
    }
    const asVendorAdmin = async () => {
      const token = await completeStaffSession(api as any, getContainer(), "admin@example.se", PASSWORD)
      return { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true }
    }
    const companyService = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const auditEvents = async (action: string) => knex()("audit_event").where({ action }).orderBy("created_at", "asc").select("*")
    const membershipsOf = async (customerId: string) =>
      (await companyService().listMemberships({ customer_id: customerId }, { select: ["company_id", "role"] }))
        .map((m: any) => [m.company_id, m.role])
        .sort()
    const groupsOf = async (customerId: string) => {
      const [customer] = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: customerId }, { relations: ["groups"] })
      return (customer.groups ?? []).map((group: any) => group.name).sort()
    }
    const invite = async (person: Person, invitations: unknown[]) => api.post("/store/invitations", { invitations }, await as(person))

    beforeAll(async () => {
      process.env.SMTP_URL = await mail.start()
      process.env.PORTAL_URL = "http://portal.test"
      // Every test logs its people in anew (fresh database, fresh factors): keep the login limits out of the way.
      process.env.RATE_LIMIT_LOGIN = "1000/60"
      process.env.RATE_LIMIT_MFA = "1000/60"
    })
    afterAll(async () => {
      delete process.env.RATE_LIMIT_LOGIN
      delete process.env.RATE_LIMIT_MFA
      await mail.stop()
    })
    beforeEach(async () => {
      mail.messages.length = 0
      fixtures = await createFixtures(getContainer())
    })

    describe("GET /store/user-management", () => {
      it("lists the users of the companies the caller administers, with the role per company, and pending invitations", async () => {
        const sent = await invite("anna", [{ email: "gustav@example.se", company_ids: [fixtures.companies.nord, fixtures.companies.syd] }])
        expect(sent.status).toBe(201)
        const response = await api.get("/store/user-management", await as("anna"))
        expect(response.status).toBe(200)
        const { nord, syd } = fixtures.companies
        expect(response.data.companies.map((c: any) => c.name)).toEqual(["Precision Syd AB", "Verkstad Nord AB"])
        expect(response.data.users).toEqual([
          {
            customer_id: fixtures.people.anna,
            name: "Anna Andersson",
            email: "anna@example.se",
            memberships: [
              { company_id: syd, company_name: "Precision Syd AB", role: "admin" },
              { company_id: nord, company_name: "Verkstad Nord AB", role: "admin" },
            ],
          },
          {
            customer_id: fixtures.people.bo,
            name: "Bo Berg",
            email: "bo@example.se",
            memberships: [{ company_id: nord, company_name: "Verkstad Nord AB", role: "user" }],
          },
          {
            customer_id: fixtures.people.sara,
            name: "Sara Svensson",
            email: "sara@example.se",
            memberships: [{ company_id: syd, company_name: "Precision Syd AB", role: "support" }],
          },
        ])
        // David (Väst only) is not shown: Anna does not administer Väst
        expect(JSON.stringify(response.data)).not.toContain("david@example.se")
        expect(response.data.invitations).toEqual([
          expect.objectContaining({
            id: sent.data.invitations[0].id,
            email: "gustav@example.se",
            role: "user",
            status: "valid",
            companies: [
              { id: syd, name: "Precision Syd AB" },
              { id: nord, name: "Verkstad Nord AB" },
            ],
            expires_at: expect.any(String),
          }),
        ])
      })

      it("is refused (403) to a caller who administers no company, and (401) without a session", async () => {
        for (const person of ["bo", "sara"] as const) {
          const response = await api.get("/store/user-management", await as(person))
          expect(response.status).toBe(403)
          expect(response.data.code).toBe("forbidden")
        }
        const anonymous = await api.get("/store/user-management", {
          headers: { "x-publishable-api-key": fixtures.publishableKey },
          validateStatus: () => true,
        })
        expect(anonymous.status).toBe(401)
      })
    })

    describe("PATCH /store/companies/:id/users/:customerId (Tilldelad roll)", () => {
      it("changes a member's role and records it with the caller and the address", async () => {
        const { nord } = fixtures.companies
        const response = await api.patch(`/store/companies/${nord}/users/${fixtures.people.bo}`, { role: "support" }, await as("anna"))
        expect(response.status).toBe(200)
        expect(response.data.membership).toEqual({ company_id: nord, customer_id: fixtures.people.bo, role: "support" })
        expect(await membershipsOf(fixtures.people.bo)).toEqual([[nord, "support"]])
        const [event] = await auditEvents("membership.role_changed")
        expect(event).toEqual(
          expect.objectContaining({
            company_id: nord,
            actor_type: "customer",
            actor_id: fixtures.people.anna,
            ip: expect.stringMatching(/\d/),
            details: { customer_id: fixtures.people.bo, from: "user", to: "support" },
          })
        )
      })

      it("refuses a role outside the three with a field error", async () => {
        const url = `/store/companies/${fixtures.companies.nord}/users/${fixtures.people.bo}`
        const response = await api.patch(url, { role: "owner", extra: 1 }, await as("anna"))
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_data")
        expect(Object.keys(response.data.fields).sort()).toEqual(["_", "role"])
        expect(await membershipsOf(fixtures.people.bo)).toEqual([[fixtures.companies.nord, "user"]])
      })

      it("answers 404 for another company's member and for a company the caller is not in", async () => {
        const options = await as("anna")
        const foreignCompany = await api.patch(
          `/store/companies/${fixtures.companies.vast}/users/${fixtures.people.david}`,
          { role: "user" },
          options
        )
        const notAMember = await api.patch(
          `/store/companies/${fixtures.companies.nord}/users/${fixtures.people.david}`,
          { role: "user" },
          options
        )
        const malformed = await api.patch(`/store/companies/${fixtures.companies.nord}/users/not-an-id`, { role: "user" }, options)
        for (const response of [foreignCompany, notAMember, malformed]) expect(response.status).toBe(404)
        expect(await membershipsOf(fixtures.people.david)).toEqual([[fixtures.companies.vast, "admin"]])
      })

      it("answers 403 to a member whose role lacks user management", async () => {
        const response = await api.patch(
          `/store/companies/${fixtures.companies.nord}/users/${fixtures.people.anna}`,
          { role: "user" },
          await as("bo")
        )
        expect(response.status).toBe(403)
        expect(response.data.code).toBe("forbidden")
        expect(await membershipsOf(fixtures.people.anna)).toEqual(
          [
            [fixtures.companies.nord, "admin"],
            [fixtures.companies.syd, "admin"],
          ].sort()
        )
      })

      it("never demotes a company's last administrator (409 last_admin)", async () => {
        const { nord } = fixtures.companies
        const response = await api.patch(`/store/companies/${nord}/users/${fixtures.people.anna}`, { role: "user" }, await as("anna"))
        expect(response.status).toBe(409)
        expect(response.data).toEqual({ code: "last_admin", message: { sv: expect.any(String), en: expect.any(String) } })
        // with a second administrator Anna may step down
        expect((await api.patch(`/store/companies/${nord}/users/${fixtures.people.bo}`, { role: "admin" }, await as("anna"))).status).toBe(
          200
        )
        expect((await api.patch(`/store/companies/${nord}/users/${fixtures.people.anna}`, { role: "user" }, await as("anna"))).status).toBe(
          200
        )
        expect(await companyService().countAdministrators(nord)).toBe(1)
      })
    })

    describe("DELETE /store/companies/:id/users/:customerId", () => {
      it("removes the user from the company and its customer group, and records it", async () => {
        const { nord } = fixtures.companies
        expect(await groupsOf(fixtures.people.bo)).toEqual(["Verkstad Nord AB (10001)"])
        const response = await api.delete(`/store/companies/${nord}/users/${fixtures.people.bo}`, await as("anna"))
        expect(response.status).toBe(200)
        expect(await membershipsOf(fixtures.people.bo)).toEqual([])
        expect(await groupsOf(fixtures.people.bo)).toEqual([])
        const [event] = await auditEvents("membership.removed")
        expect(event).toEqual(
          expect.objectContaining({
            company_id: nord,
            actor_id: fixtures.people.anna,
            details: { customer_id: fixtures.people.bo, role: "user" },
          })
        )
        // Bo no longer reaches Nord
        expect((await api.get(`/store/companies/${nord}`, await as("bo"))).status).toBe(404)
      })

      it("refuses to remove the last administrator, another company's member, and a caller without the area", async () => {
        const { nord, syd, vast } = fixtures.companies
        const last = await api.delete(`/store/companies/${syd}/users/${fixtures.people.anna}`, await as("anna"))
        expect(last.status).toBe(409)
        expect(last.data.code).toBe("last_admin")
        expect((await api.delete(`/store/companies/${vast}/users/${fixtures.people.david}`, await as("anna"))).status).toBe(404)
        const byUser = await api.delete(`/store/companies/${nord}/users/${fixtures.people.anna}`, await as("bo"))
        expect(byUser.status).toBe(403)
        expect(byUser.data.code).toBe("forbidden")
        expect(await membershipsOf(fixtures.people.anna)).toHaveLength(2)
        expect(await membershipsOf(fixtures.people.david)).toHaveLength(1)
        expect(await auditEvents("membership.removed")).toHaveLength(0)
      })
    })

    describe("POST /store/invitations (Bjud in användare)", () => {
      it("sends one invitation per row, e-mails each its link, stores only hashes, and records invitation.sent per company", async () => {
        const { nord, syd } = fixtures.companies
        const response = await invite("anna", [
          { email: "Gustav@Example.se", company_ids: [nord, syd] },
          { email: "helena@example.se", company_ids: [syd], role: "support" },
        ])
        expect(response.status).toBe(201)
        expect(response.data.invitations).toEqual([
          expect.objectContaining({ email: "gustav@example.se", company_ids: [nord, syd], role: "user" }),
          expect.objectContaining({ email: "helena@example.se", company_ids: [syd], role: "support" }),
        ])
        const expiresIn = new Date(response.data.invitations[0].expires_at).getTime() - Date.now()
        expect(Math.round(expiresIn / 86400_000)).toBe(7)

        const gustav = await mail.latestTo("gustav@example.se")
        expect(gustav.subject).toBe("Inbjudan till myMonitor / Invitation to myMonitor")
        expect(gustav.text).toContain(
          "Anna Andersson har bjudit in dig till myMonitor för Verkstad Nord AB och Precision Syd AB med rollen Användare"
        )
        expect(gustav.text).toContain("with the role User")
        expect(gustav.text).toContain("http://portal.test/sv/inbjudan?token=")
        const helena = await mail.latestTo("helena@example.se")
        expect(helena.text).toContain("med rollen Supportanvändare")
        const token = tokenIn(gustav.text)!
        expect(token.length).toBeGreaterThanOrEqual(43)

        const rows = await knex()("invitation").select("*")
        expect(rows).toHaveLength(2)
        expect(rows.map((row: any) => row.token_hash)).toContain(hashSecretToken(token))
        expect(JSON.stringify(rows)).not.toContain(token)
        expect(await companyService().describeLink(token)).toEqual({
          email: "gustav@example.se",
          grants: [
            { company_id: nord, role: "user" },
            { company_id: syd, role: "user" },
          ].sort((a, b) => a.company_id.localeCompare(b.company_id)),
          status: "valid",
        })

        const events = await auditEvents("invitation.sent")
        expect(events.map((event: any) => [event.company_id, event.details.email]).sort()).toEqual(
          [
            [nord, "gustav@example.se"],
            [syd, "gustav@example.se"],
            [syd, "helena@example.se"],
          ].sort()
        )
        expect(events[0]).toEqual(expect.objectContaining({ actor_id: fixtures.people.anna, actor_email: "anna@example.se" }))
      })

      it("refuses bad rows with field errors and writes nothing", async () => {
        const response = await invite("anna", [
          { email: "not-an-address", company_ids: [fixtures.companies.nord] },
          { email: "ok@example.se", company_ids: [], role: "owner" },
        ])
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_data")
        expect(Object.keys(response.data.fields).sort()).toEqual(["invitations.0.email", "invitations.1.company_ids", "invitations.1.role"])
        const twice = await invite("anna", [
          { email: "ok@example.se", company_ids: [fixtures.companies.nord] },
          { email: "OK@example.se", company_ids: [fixtures.companies.syd] },
        ])
        expect(twice.status).toBe(400)
        expect(Object.keys(twice.data.fields)).toEqual(["invitations.1.email"])
        const empty = await api.post("/store/invitations", { invitations: [] }, await as("anna"))
        expect(empty.status).toBe(400)
        expect(empty.data.fields.invitations).toBeDefined()
        expect(await knex()("invitation").count("* as n")).toEqual([{ n: "0" }])
        expect(mail.messages).toHaveLength(0)
      })

      it("answers 404 for the whole batch when any company is not one the caller administers, and writes and sends nothing", async () => {
        const { nord, syd, vast } = fixtures.companies
        const foreign = await invite("anna", [
          { email: "gustav@example.se", company_ids: [nord] },
          { email: "helena@example.se", company_ids: [syd, vast] },
        ])
        expect(foreign.status).toBe(404)
        expect(foreign.data.code).toBe("not_found")
        const missing = await invite("anna", [{ email: "gustav@example.se", company_ids: [nord, "comp_01JZZZZZZZZZZZZZZZZZZZZZZZ"] }])
        expect(missing.status).toBe(404)
        // Bo is a member of Nord but not its administrator: for him Nord is not an inviting company
        const notAdmin = await invite("bo", [{ email: "gustav@example.se", company_ids: [nord] }])
        expect(notAdmin.status).toBe(404)
        expect(await knex()("invitation").count("* as n")).toEqual([{ n: "0" }])
        expect(await knex()("invitation_grant").count("* as n")).toEqual([{ n: "0" }])
        expect(await auditEvents("invitation.sent")).toHaveLength(0)
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect(mail.messages).toHaveLength(0)
      })

      it("rate-limits invitations per inviting administrator (429)", async () => {
        process.env.RATE_LIMIT_INVITATION = "3/3600"
        try {
          const options = await as("anna")
          for (const n of [1, 2, 3]) {
            const response = await api.post(
              "/store/invitations",
              { invitations: [{ email: `person${n}@example.se`, company_ids: [fixtures.companies.nord] }] },
              options
            )
            expect(response.status).toBe(201)
          }
          const limited = await api.post(
            "/store/invitations",
            { invitations: [{ email: "person4@example.se", company_ids: [fixtures.companies.nord] }] },
            options
          )
          expect(limited.status).toBe(429)
          expect(limited.data.code).toBe("rate_limited")
          expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
          expect(await knex()("invitation").count("* as n")).toEqual([{ n: "3" }])
        } finally {
          delete process.env.RATE_LIMIT_INVITATION
        }
      })
    })

    describe("resend and revoke", () => {
      it("keeps an invitation whose e-mail failed (recorded as a failed notification, no token in it) and delivers it on resend", async () => {
        const { nord } = fixtures.companies
        const catcher = process.env.SMTP_URL
        process.env.SMTP_URL = "smtp://127.0.0.1:9" // nothing listens: the mail cannot be handed over
        let sent
        try {
          sent = await invite("anna", [{ email: "eva@example.se", company_ids: [nord] }])
        } finally {
          process.env.SMTP_URL = catcher
        }
        expect(sent.status).toBe(201)
        expect(sent.data.invitations).toEqual([expect.objectContaining({ email: "eva@example.se", email_sent: false })])
        const id = sent.data.invitations[0].id
        expect(await knex()("invitation").where({ id }).whereNull("deleted_at").count("* as n")).toEqual([{ n: "1" }])
        expect(await knex()("invitation_grant").where({ invitation_id: id }).count("* as n")).toEqual([{ n: "1" }])
        const [failed] = await knex()("notification").where({ resource_id: id }).select("*")
        expect(failed).toEqual(expect.objectContaining({ template: "invitation", to: "eva@example.se", status: "failure" }))
        expect(failed.data).not.toHaveProperty("link")
        expect(mail.messages).toHaveLength(0)

        const resent = await api.post(`/store/invitations/${id}/resend`, {}, await as("anna"))
        expect(resent.status).toBe(200)
        expect(resent.data.invitation).toEqual(expect.objectContaining({ id, send_count: 2, email_sent: true }))
        const token = tokenIn((await mail.latestTo("eva@example.se")).text)!
        expect((await companyService().describeLink(token))?.status).toBe("valid")
        expect(JSON.stringify(await knex()("notification").select("*"))).not.toContain(token)
      })

      it("resends with a new link (the old one stops working) and revokes; only an admin of all its companies may", async () => {
        const { nord, syd } = fixtures.companies
        const sent = await invite("anna", [{ email: "eva@example.se", company_ids: [nord, syd] }])
        const id = sent.data.invitations[0].id
        const oldToken = tokenIn((await mail.latestTo("eva@example.se")).text)!

        // David administers neither company; Bo is only a user in Nord: both see nothing
        for (const person of ["david", "bo"] as const) {
          expect((await api.post(`/store/invitations/${id}/resend`, {}, await as(person))).status).toBe(404)
          expect((await api.delete(`/store/invitations/${id}`, await as(person))).status).toBe(404)
        }
        expect((await api.post(`/store/invitations/inv_01JZZZZZZZZZZZZZZZZZZZZZZZ/resend`, {}, await as("anna"))).status).toBe(404)

        mail.messages.length = 0
        const resent = await api.post(`/store/invitations/${id}/resend`, {}, await as("anna"))
        expect(resent.status).toBe(200)
        expect(resent.data.invitation).toEqual(expect.objectContaining({ id, send_count: 2 }))
        const newToken = tokenIn((await mail.latestTo("eva@example.se")).text)!
        expect(newToken).not.toBe(oldToken)
        expect(await companyService().describeLink(oldToken)).toBeNull()
        expect((await companyService().describeLink(newToken))?.status).toBe("valid")
        expect((await api.post(`/store/invitations/${oldToken}/accept`, {}, await as("eva"))).status).toBe(404)

        const revoked = await api.delete(`/store/invitations/${id}`, await as("anna"))
        expect(revoked.status).toBe(200)
        const accept = await api.post(`/store/invitations/${newToken}/accept`, {}, await as("eva"))
        expect(accept.status).toBe(410)
        expect(accept.data.code).toBe("link_revoked")
        expect((await api.post(`/store/invitations/${id}/resend`, {}, await as("anna"))).status).toBe(409)
        expect((await auditEvents("invitation.revoked")).map((event: any) => event.company_id).sort()).toEqual([nord, syd].sort())
        expect((await api.get("/store/user-management", await as("anna"))).data.invitations).toEqual([])
      })
    })

    describe("POST /store/invitations/:token/accept", () => {
      it("adds exactly the invited memberships (and customer groups) to the logged-in account, once", async () => {
        const { nord, syd } = fixtures.companies
        await invite("anna", [{ email: "eva@example.se", company_ids: [nord, syd], role: "support" }])
        const token = tokenIn((await mail.latestTo("eva@example.se")).text)!
        const response = await api.post(`/store/invitations/${token}/accept`, {}, await as("eva"))
        expect(response.status).toBe(200)
        expect(response.data.memberships.map((m: any) => [m.company_name, m.role]).sort()).toEqual([
          ["Precision Syd AB", "support"],
          ["Verkstad Nord AB", "support"],
        ])
        expect(await membershipsOf(fixtures.people.eva)).toEqual(
          [
            [nord, "support"],
            [syd, "support"],
          ].sort()
        )
        expect(await groupsOf(fixtures.people.eva)).toEqual(["Precision Syd AB (10002)", "Verkstad Nord AB (10001)"])
        const companies = await api.get("/store/companies", await as("eva"))
        expect(companies.data.companies.map((c: any) => [c.name, c.role])).toEqual([
          ["Precision Syd AB", "support"],
          ["Verkstad Nord AB", "support"],
        ])
        expect((await auditEvents("invitation.accepted")).map((e: any) => [e.company_id, e.actor_id]).sort()).toEqual(
          [
            [nord, fixtures.people.eva],
            [syd, fixtures.people.eva],
          ].sort()
        )

        const again = await api.post(`/store/invitations/${token}/accept`, {}, await as("eva"))
        expect(again.status).toBe(410)
        expect(again.data.code).toBe("link_used")
        expect(await membershipsOf(fixtures.people.eva)).toHaveLength(2)
      })

      it("refuses another account's invitation, an expired link and an unknown token", async () => {
        const { nord } = fixtures.companies
        await invite("anna", [{ email: "frida@example.se", company_ids: [nord] }])
        const token = tokenIn((await mail.latestTo("frida@example.se")).text)!
        const mismatch = await api.post(`/store/invitations/${token}/accept`, {}, await as("eva"))
        expect(mismatch.status).toBe(403)
        expect(mismatch.data.code).toBe("email_mismatch")
        expect(await membershipsOf(fixtures.people.eva)).toEqual([])

        await knex()("invitation").update({ expires_at: new Date(Date.now() - 1000) })
        const expired = await api.post(`/store/invitations/${token}/accept`, {}, await as("frida"))
        expect(expired.status).toBe(410)
        expect(expired.data.code).toBe("link_expired")
        expect(await membershipsOf(fixtures.people.frida)).toEqual([])

        const unknown = await api.post(`/store/invitations/${"x".repeat(43)}/accept`, {}, await as("frida"))
        expect(unknown.status).toBe(404)
      })
    })

    describe("Medusa admin", () => {
      it("resets a user's 2FA: the factors stop counting, the next login must enrol again, and it is audited", async () => {
        const admin = await asVendorAdmin()
        const before = await knex()("auth_mfa_factor").where({ status: "enabled" }).count("* as n")
        const response = await api.post(`/admin/customers/${fixtures.people.anna}/mfa-reset`, {}, admin)
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ customer_id: fixtures.people.anna, disabled_factors: 1 }))
        const after = await knex()("auth_mfa_factor").where({ status: "enabled" }).count("* as n")
        expect(Number(after[0].n)).toBe(Number(before[0].n) - 1)

        const login = await api.post("/auth/portal/login", { email: EMAIL.anna, password: PASSWORD }, { validateStatus: () => true })
        expect(login.status).toBe(200)
        expect(login.data.next).toBe("email_code")

        const [event] = await auditEvents("auth.mfa_reset")
        expect(event).toEqual(
          expect.objectContaining({ actor_type: "user", details: expect.objectContaining({ customer_id: fixtures.people.anna }) })
        )
        expect((await auditEvents("auth.mfa_reset")).map((e: any) => e.company_id).sort()).toEqual(
          [fixtures.companies.nord, fixtures.companies.syd].sort()
        )

        expect((await api.post(`/admin/customers/cus_01JZZZZZZZZZZZZZZZZZZZZZZZ/mfa-reset`, {}, admin)).status).toBe(404)
        expect((await api.post(`/admin/customers/${fixtures.people.anna}/mfa-reset`, {}, { validateStatus: () => true })).status).toBe(401)
        const customer = await as("bo")
        expect(
          (
            await api.post(
              `/admin/customers/${fixtures.people.anna}/mfa-reset`,
              {},
              { headers: { authorization: customer.headers.authorization }, validateStatus: () => true }
            )
          ).status
        ).toBe(401)
      })

      it("lists the audit log with filters and paging, shows a company's pending invitations and revokes one", async () => {
        const { nord, syd } = fixtures.companies
        await invite("anna", [
          { email: "gustav@example.se", company_ids: [nord] },
          { email: "helena@example.se", company_ids: [nord, syd] },
        ])
        const admin = await asVendorAdmin()
        const all = await api.get(`/admin/audit-events?action=invitation.sent`, admin)
        expect(all.status).toBe(200)
        expect(all.data.count).toBe(3)
        const nordOnly = await api.get(`/admin/audit-events?action=invitation.sent&company_id=${nord}&limit=1&offset=1`, admin)
        expect(nordOnly.data).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
        expect(nordOnly.data.audit_events).toHaveLength(1)
        expect(nordOnly.data.audit_events[0]).toEqual(expect.objectContaining({ company_id: nord, action: "invitation.sent" }))
        const bad = await api.get(`/admin/audit-events?limit=0&action=Not%20An%20Action&x=1`, admin)
        expect(bad.status).toBe(400)
        expect(Object.keys(bad.data.fields).sort()).toEqual(["_", "action", "limit"])
        expect((await api.get(`/admin/audit-events`, { validateStatus: () => true })).status).toBe(401)

        const pending = await api.get(`/admin/companies/${nord}/invitations`, admin)
        expect(pending.data.invitations.map((i: any) => i.email)).toEqual(["gustav@example.se", "helena@example.se"])
        const revoked = await api.delete(`/admin/invitations/${pending.data.invitations[0].id}`, admin)
        expect(revoked.status).toBe(200)
        expect((await api.get(`/admin/companies/${nord}/invitations`, admin)).data.invitations.map((i: any) => i.email)).toEqual([
          "helena@example.se",
        ])
        const [event] = await auditEvents("invitation.revoked")
        expect(event).toEqual(expect.objectContaining({ actor_type: "user", company_id: nord }))
      })
    })
  },
})
