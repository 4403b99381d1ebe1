import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { ensureCompany, ensurePortalUser, ensureStore } from "../../src/seed"
import { newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { freshTotpCode } from "../helpers/portal-session"

jest.setTimeout(180_000)

const PASSWORD = "Ett-bra-losenord-2026"

type Fixtures = { publishableKey: string; nord: string; installation: string }

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const nord = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2345", customer_number: "10001" })
  await ensurePortalUser(container, { email: "befintlig@example.se", first_name: "Berit", last_name: "Befintlig" }, PASSWORD)
  const { installation } = await container.resolve<any>("monitorRegistration").createInstallation({ company_id: nord.id, label: "Test" })
  return { publishableKey, nord: nord.id, installation: installation.id }
}

/** A registration link as the ERP's request leaves it (the ERP API itself is tested in erp-registration.spec.ts). */
async function registrationLink(container: MedusaContainer, installationId: string, email: string, now?: Date) {
  const { token } = await container.resolve<any>("monitorRegistration").createRegistration({
    installation_id: installationId,
    request_id: randomUUID(),
    email,
    erp_user: { id: "ANNA", name: "Anna Andersson", roles: ["Monitor-ansvarig"] },
    erp_version: "25.7.2",
    now,
  })
  return token as string
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
    const register = (token: string, body: Record<string, unknown> = {}) =>
      api.post(
        "/auth/portal/accounts",
        { link: { kind: "registration", token }, name: "Anna Andersson", phone: "+46701234567", password: PASSWORD, ...body },
        open
      )
    const customersNamed = async (email: string) => getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })
    const identitiesOf = async (email: string) =>
      getContainer()
        .resolve(Modules.AUTH)
        .listProviderIdentities({ entity_id: email, provider: "emailpass" } as any)

    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    it("'Registrera konto' from the ERP's link makes the person administrator, then 2FA setup follows", async () => {
      const token = await registrationLink(getContainer(), fixtures.installation, "anna@kund.se")
      const described = await api.get(`/auth/portal/links/registration/${token}`, open)
      expect(described.status).toBe(200)
      expect(described.data).toEqual({
        kind: "registration",
        email: "anna@kund.se",
        companies: [{ id: fixtures.nord, name: "Verkstad Nord AB", role: "admin" }],
        account_exists: false,
      })

      const created = await register(token)
      expect(created.status).toBe(201)
      expect(created.data.stage).toBe("enrolment")
      // The enrolment session reaches no data, only the factor setup.
      expect((await api.get("/store/companies", bearer(created.data.token))).status).toBe(401)
      const setup = await api.post("/auth/portal/mfa/totp", {}, bearer(created.data.token))
      expect(setup.status).toBe(200)
      const code = await freshTotpCode(setup.data.secret, null)
      const done = await api.post(`/auth/portal/mfa/factors/${setup.data.factor_id}/verify`, { code }, bearer(created.data.token))
      expect(done.status).toBe(200)
      const companies = await api.get("/store/companies", bearer(done.data.token))
      expect(companies.data.companies.map((c: any) => [c.name, c.role])).toEqual([["Verkstad Nord AB", "admin"]])
      const [customer] = await customersNamed("anna@kund.se")
      expect([customer.first_name, customer.last_name, customer.phone]).toEqual(["Anna", "Andersson", "+46701234567"])

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const events = await knex("audit_event").where({ action: "account.registered" })
      expect(events).toEqual([expect.objectContaining({ company_id: fixtures.nord, actor_email: "anna@kund.se" })])
    })

    it("uses a link once: a second registration says it was used", async () => {
      const token = await registrationLink(getContainer(), fixtures.installation, "anna@kund.se")
      expect((await register(token)).status).toBe(201)
      const again = await register(token, { name: "Someone Else" })
      expect(again.status).toBe(410)
      expect(again.data.code).toBe("link_used")
      expect((await api.get(`/auth/portal/links/registration/${token}`, open)).data.code).toBe("link_used")
      expect(await customersNamed("anna@kund.se")).toHaveLength(1)
    })

    it("says clearly when a link has expired or does not exist", async () => {
      const old = await registrationLink(getContainer(), fixtures.installation, "anna@kund.se", new Date(Date.now() - 73 * 3600_000))
      const expired = await register(old)
      expect(expired.status).toBe(410)
      expect(expired.data.code).toBe("link_expired")
      expect(expired.data.message.sv).toMatch(/gått ut/)
      expect((await api.get(`/auth/portal/links/registration/${"x".repeat(43)}`, open)).status).toBe(404)
      expect((await api.get(`/auth/portal/links/other-kind/${"x".repeat(43)}`, open)).status).toBe(404)
      expect(await customersNamed("anna@kund.se")).toHaveLength(0)
    })

    it("refuses short and common passwords with field errors, and writes nothing", async () => {
      const token = await registrationLink(getContainer(), fixtures.installation, "anna@kund.se")
      const short = await register(token, { password: "kort-2026" })
      expect(short.status).toBe(400)
      // Every field error is a message in Swedish and English.
      expect(short.data.fields.password).toEqual([{ sv: expect.stringMatching(/12/), en: expect.stringMatching(/12/) }])
      const common = await register(token, { password: "Sommar2024!!!" })
      expect(common.status).toBe(400)
      expect(common.data.fields.password).toEqual([{ sv: expect.stringMatching(/vanligt/), en: expect.stringMatching(/common/) }])
      const badBody = await api.post("/auth/portal/accounts", { link: { kind: "registration" }, name: "" }, open)
      expect(badBody.status).toBe(400)
      expect(Object.keys(badBody.data.fields)).toEqual(expect.arrayContaining(["link.token", "name", "password"]))
      expect(await customersNamed("anna@kund.se")).toHaveLength(0)
      expect((await register(token)).status).toBe(201)
    })

    it("asks an existing account to log in instead of registering again", async () => {
      const token = await registrationLink(getContainer(), fixtures.installation, "befintlig@example.se")
      expect((await api.get(`/auth/portal/links/registration/${token}`, open)).data.account_exists).toBe(true)
      const response = await register(token)
      expect(response.status).toBe(409)
      expect(response.data.code).toBe("account_exists")
      expect((await api.get(`/auth/portal/links/registration/${token}`, open)).status).toBe(200)
    })

    it("an invitation to two companies makes the new account a member of exactly those, with the invited roles", async () => {
      const syd = await ensureCompany(getContainer(), {
        name: "Precision Syd AB",
        organisation_number: "556202-3456",
        customer_number: "10002",
      })
      await ensureCompany(getContainer(), { name: "Gjuteri Väst AB", organisation_number: "556303-4567", customer_number: "10003" })
      const { token, hash } = newSecretToken()
      await getContainer()
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .createInvitationsWithGrants([
          {
            email: "ny@kund.se",
            token_hash: hash,
            grants: [
              { company_id: fixtures.nord, role: "user" },
              { company_id: syd.id, role: "support" },
            ],
          } as any,
        ])
      const described = await api.get(`/auth/portal/links/invitation/${token}`, open)
      expect(described.data.companies.map((c: any) => [c.name, c.role]).sort()).toEqual([
        ["Precision Syd AB", "support"],
        ["Verkstad Nord AB", "user"],
      ])
      const created = await api.post(
        "/auth/portal/accounts",
        { link: { kind: "invitation", token }, name: "Nils Ny", password: PASSWORD },
        open
      )
      expect(created.status).toBe(201)
      const [customer] = await customersNamed("ny@kund.se")
      const memberships = await getContainer().resolve<CompanyModuleService>(COMPANY_MODULE).listMemberships({ customer_id: customer.id })
      expect(memberships.map((m: any) => [m.company_id, m.role]).sort()).toEqual(
        [
          [fixtures.nord, "user"],
          [syd.id, "support"],
        ].sort()
      )
      expect((await api.get(`/auth/portal/links/invitation/${token}`, open)).status).toBe(410)
    })

    it("undoes everything when a later step fails: no account, no identity, the link still usable", async () => {
      const token = await registrationLink(getContainer(), fixtures.installation, "anna@kund.se")
      // The company disappears between the link and the registration: the membership step fails.
      await getContainer().resolve<CompanyModuleService>(COMPANY_MODULE).softDeleteCompanies([fixtures.nord])
      const failed = await register(token)
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(failed.status).toBeLessThan(500)
      expect(await customersNamed("anna@kund.se")).toHaveLength(0)
      expect(await identitiesOf("anna@kund.se")).toHaveLength(0)
      await getContainer().resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanies([fixtures.nord])
      expect((await register(token)).status).toBe(201)
    })
  },
})
