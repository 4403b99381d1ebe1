import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { hashSecretToken, newSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { COMPANY_MODULE, invitationExpiry, invitationTtlDays } from ".."
import { Company, Invitation, InvitationGrant, Membership } from "../models"
import CompanyModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  moduleModels: [Company, Membership, Invitation, InvitationGrant],
  resolve: "./src/modules/company",
  testSuite: ({ service }) => {
    const nord = { name: "Verkstad Nord AB", organisation_number: "556101-2345", customer_number: "10001" }
    const syd = { name: "Precision Syd AB", organisation_number: "556202-3456", customer_number: "10002" }

    const invite = async (email: string, grants: { company_id: string; role: "admin" | "user" | "support" }[]) => {
      const { token, hash } = newSecretToken()
      const [invitation] = await service.createInvitationsWithGrants([
        { email, token_hash: hash, grants, invited_by_customer_id: "cus_anna" },
      ])
      return { token, invitation }
    }

    describe("last administrator protection", () => {
      it("refuses to demote or remove the only administrator, and allows it when another exists", async () => {
        const company = await service.createCompanies(nord)
        await service.createMemberships([
          { company_id: company.id, customer_id: "cus_anna", role: "admin" },
          { company_id: company.id, customer_id: "cus_bo", role: "user" },
        ])
        await expect(service.changeMembershipRole(company.id, "cus_anna", "user")).rejects.toThrow("last_admin")
        await expect(service.removeMembership(company.id, "cus_anna")).rejects.toThrow("last_admin")
        expect(await service.countAdministrators(company.id)).toBe(1)

        // a disabled admin does not count as another administrator
        await service.createMemberships({ company_id: company.id, customer_id: "cus_off", role: "admin", status: "disabled" })
        await expect(service.changeMembershipRole(company.id, "cus_anna", "support")).rejects.toThrow("last_admin")

        expect(await service.changeMembershipRole(company.id, "cus_bo", "admin")).toEqual(
          expect.objectContaining({ previous_role: "user", role: "admin" })
        )
        await service.changeMembershipRole(company.id, "cus_anna", "user")
        await expect(service.removeMembership(company.id, "cus_bo")).rejects.toThrow("last_admin")
        await service.removeMembership(company.id, "cus_anna")
        expect(await service.listMemberships({ company_id: company.id, customer_id: "cus_anna" })).toHaveLength(0)
      })

      it("lets only one of two concurrent demotions of the last two administrators through", async () => {
        const company = await service.createCompanies(nord)
        await service.createMemberships([
          { company_id: company.id, customer_id: "cus_anna", role: "admin" },
          { company_id: company.id, customer_id: "cus_bo", role: "admin" },
        ])
        const outcomes = await Promise.allSettled([
          service.changeMembershipRole(company.id, "cus_anna", "user"),
          service.removeMembership(company.id, "cus_bo"),
          service.changeMembershipRole(company.id, "cus_bo", "support"),
        ])
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1)
        // The losers are refused as last admin — or, when Bo's removal won first, Bo's own demotion finds
        // no membership left to change. Either way exactly one change went through.
        const refusals = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => (o.reason as Error).message)
        expect(refusals).toHaveLength(2)
        for (const reason of refusals) expect(reason).toMatch(/last_admin|not found/)
        expect(refusals).toContain("last_admin")
        expect(await service.countAdministrators(company.id)).toBe(1)
      })

      it("answers not found for a customer who is not a member", async () => {
        const company = await service.createCompanies(nord)
        await expect(service.changeMembershipRole(company.id, "cus_nobody", "user")).rejects.toThrow(/not found/)
        await expect(service.removeMembership(company.id, "cus_nobody")).rejects.toThrow(/not found/)
      })

      it("tells whether a customer administers every company of a list", async () => {
        const [a, b] = await service.createCompanies([nord, syd])
        await service.createMemberships([
          { company_id: a.id, customer_id: "cus_anna", role: "admin" },
          { company_id: b.id, customer_id: "cus_anna", role: "user" },
        ])
        expect(await service.administersAll("cus_anna", [a.id, a.id])).toBe(true)
        expect(await service.administersAll("cus_anna", [a.id, b.id])).toBe(false)
        expect(await service.administersAll("cus_anna", [])).toBe(false)
        expect(await service.administersAll("cus_anna", [a.id, "comp_unknown"])).toBe(false)
      })
    })

    describe("invitation links", () => {
      it("stores only the token's hash, expires in 7 days and describes what it grants", async () => {
        const [a, b] = await service.createCompanies([nord, syd])
        const before = Date.now()
        const { token, invitation } = await invite(" Eva@Example.se ", [
          { company_id: a.id, role: "user" },
          { company_id: b.id, role: "user" },
        ])
        const [stored] = await service.listInvitations({ id: invitation.id })
        expect(stored.token_hash).toBe(hashSecretToken(token))
        expect(JSON.stringify(stored)).not.toContain(token)
        expect(stored.email).toBe("eva@example.se")
        const ttl = new Date(stored.expires_at).getTime() - before
        expect(ttl).toBeGreaterThan(7 * 86400_000 - 60_000)
        expect(ttl).toBeLessThanOrEqual(7 * 86400_000 + 60_000)
        expect(await service.describeLink(token)).toEqual({
          email: "eva@example.se",
          grants: [
            { company_id: a.id, role: "user" },
            { company_id: b.id, role: "user" },
          ].sort((x, y) => x.company_id.localeCompare(y.company_id)),
          status: "valid",
        })
        expect(await service.describeLink("not-a-token")).toBeNull()
      })

      it("is single use: consumed once, then used; restore makes it usable again", async () => {
        const company = await service.createCompanies(nord)
        const { token, invitation } = await invite("eva@example.se", [{ company_id: company.id, role: "support" }])
        const first = await service.consumeLink(token, { customer_id: "cus_eva" })
        expect(first).toEqual({ email: "eva@example.se", grants: [{ company_id: company.id, role: "support" }], status: "valid" })
        const [accepted] = await service.listInvitations({ id: invitation.id })
        expect(accepted.accepted_by_customer_id).toBe("cus_eva")
        expect((await service.consumeLink(token))?.status).toBe("used")
        expect((await service.describeLink(token))?.status).toBe("used")

        await service.restoreLink(token)
        expect((await service.describeLink(token))?.status).toBe("valid")
        expect(await service.consumeLink("unknown-token")).toBeNull()
      })

      it("lets exactly one of several concurrent consumers use it", async () => {
        const company = await service.createCompanies(nord)
        const { token } = await invite("eva@example.se", [{ company_id: company.id, role: "user" }])
        const results = await Promise.all([1, 2, 3, 4].map(() => service.consumeLink(token)))
        expect(results.map((r) => r?.status).sort()).toEqual(["used", "used", "used", "valid"])
      })

      it("expires: an expired link is described as expired and cannot be consumed", async () => {
        const company = await service.createCompanies(nord)
        const { token, invitation } = await invite("eva@example.se", [{ company_id: company.id, role: "user" }])
        await service.updateInvitations({ id: invitation.id, expires_at: new Date(Date.now() - 1000) })
        expect((await service.describeLink(token))?.status).toBe("expired")
        expect((await service.consumeLink(token))?.status).toBe("expired")
        const [stored] = await service.listInvitations({ id: invitation.id })
        expect(stored.accepted_at).toBeNull()
      })

      it("a resent invitation has a new token; the old one is unknown", async () => {
        const company = await service.createCompanies(nord)
        const { token, invitation } = await invite("eva@example.se", [{ company_id: company.id, role: "user" }])
        await service.updateInvitations({ id: invitation.id, expires_at: new Date(Date.now() - 1000) })
        const fresh = newSecretToken()
        const renewed = await service.renewInvitationToken(invitation.id, fresh.hash)
        expect(renewed.send_count).toBe(2)
        expect(await service.describeLink(token)).toBeNull()
        expect((await service.describeLink(fresh.token))?.status).toBe("valid")
      })

      it("a revoked invitation cannot be consumed or resent; an accepted one cannot be revoked", async () => {
        const company = await service.createCompanies(nord)
        const revoked = await invite("eva@example.se", [{ company_id: company.id, role: "user" }])
        await service.revokeInvitation(revoked.invitation.id)
        await service.revokeInvitation(revoked.invitation.id)
        expect((await service.consumeLink(revoked.token))?.status).toBe("revoked")
        await expect(service.renewInvitationToken(revoked.invitation.id, newSecretToken().hash)).rejects.toThrow("invitation_not_pending")
        const accepted = await invite("fia@example.se", [{ company_id: company.id, role: "user" }])
        await service.consumeLink(accepted.token)
        await expect(service.revokeInvitation(accepted.invitation.id)).rejects.toThrow("invitation_not_pending")
      })

      it("reads its validity period from INVITATION_TTL_DAYS", () => {
        expect(invitationTtlDays({})).toBe(7)
        expect(invitationTtlDays({ INVITATION_TTL_DAYS: "2" })).toBe(2)
        expect(invitationTtlDays({ INVITATION_TTL_DAYS: "zero" })).toBe(7)
        const from = new Date("2026-01-01T00:00:00Z")
        expect(invitationExpiry(from, { INVITATION_TTL_DAYS: "1" }).toISOString()).toBe("2026-01-02T00:00:00.000Z")
      })
    })
  },
})
