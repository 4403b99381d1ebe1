import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE, type MembershipRole } from ".."
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

    describe("companies", () => {
      it("creates a company with its customer number", async () => {
        const company = await service.createCompanies(nord)
        expect(company).toEqual(expect.objectContaining({ id: expect.stringMatching(/^comp_/), customer_number: "10001" }))
      })

      it("refuses a second company with the same customer number", async () => {
        await service.createCompanies(nord)
        await expect(service.createCompanies({ ...syd, customer_number: "10001" })).rejects.toThrow()
        expect(await service.listCompanies({ customer_number: "10001" })).toHaveLength(1)
      })
    })

    describe("memberships", () => {
      it("lists a customer's active companies by name, with the role held in each", async () => {
        const [a, b] = await service.createCompanies([nord, syd])
        await service.createMemberships([
          { company_id: a.id, customer_id: "cus_anna", role: "admin" },
          { company_id: b.id, customer_id: "cus_anna", role: "support" },
          { company_id: b.id, customer_id: "cus_other", role: "admin" },
        ])
        const [companies, count] = await service.listCompaniesOfCustomer("cus_anna")
        expect(count).toBe(2)
        expect(companies.map((c) => [c.name, c.role])).toEqual([
          ["Precision Syd AB", "support"],
          ["Verkstad Nord AB", "admin"],
        ])
      })

      it("leaves out disabled memberships and pages the list", async () => {
        const [a, b] = await service.createCompanies([nord, syd])
        await service.createMemberships([
          { company_id: a.id, customer_id: "cus_anna", role: "user" },
          { company_id: b.id, customer_id: "cus_anna", role: "user", status: "disabled" },
        ])
        const [companies, count] = await service.listCompaniesOfCustomer("cus_anna", { take: 1 })
        expect(count).toBe(1)
        expect(companies).toHaveLength(1)
        expect(companies[0].customer_number).toBe("10001")
      })

      it("tells the total on every page, also past the last one", async () => {
        const companies = await service.createCompanies([nord, syd, { ...syd, name: "Gjuteri Väst AB", customer_number: "10003" }])
        await service.createMemberships(companies.map((c) => ({ company_id: c.id, customer_id: "cus_anna", role: "user" as const })))
        for (const [skip, take, rows] of [
          [0, 50, 3],
          [0, 2, 2],
          [2, 2, 1],
          [3, 2, 0],
          [10, 2, 0],
        ]) {
          const [page, count] = await service.listCompaniesOfCustomer("cus_anna", { skip, take })
          expect([page.length, count]).toEqual([rows, 3])
        }
        expect(await service.listCompaniesOfCustomer("cus_nobody")).toEqual([[], 0])
      })

      it("allows one membership per customer and company", async () => {
        const company = await service.createCompanies(nord)
        await service.createMemberships({ company_id: company.id, customer_id: "cus_anna", role: "user" })
        await expect(service.createMemberships({ company_id: company.id, customer_id: "cus_anna", role: "admin" })).rejects.toThrow()
      })

      it("refuses a role outside the three roles", async () => {
        const company = await service.createCompanies(nord)
        await expect(
          service.createMemberships({ company_id: company.id, customer_id: "cus_anna", role: "owner" as unknown as MembershipRole })
        ).rejects.toThrow()
      })

      it("finds the caller's membership, and answers not-found for another company", async () => {
        const [mine, theirs] = await service.createCompanies([nord, syd])
        await service.createMemberships([
          { company_id: mine.id, customer_id: "cus_anna", role: "admin" },
          { company_id: theirs.id, customer_id: "cus_david", role: "admin" },
        ])
        const membership = await service.retrieveActiveMembership(mine.id, "cus_anna")
        expect(membership.role).toBe("admin")
        expect(membership.company.customer_number).toBe("10001")
        await expect(service.retrieveActiveMembership(theirs.id, "cus_anna")).rejects.toThrow(/not found/)
      })

      it("counts a company's active administrators", async () => {
        const company = await service.createCompanies(nord)
        await service.createMemberships([
          { company_id: company.id, customer_id: "cus_a", role: "admin" },
          { company_id: company.id, customer_id: "cus_b", role: "admin", status: "disabled" },
          { company_id: company.id, customer_id: "cus_c", role: "user" },
        ])
        expect(await service.countAdministrators(company.id)).toBe(1)
      })

      it("deletes a company's memberships with the company", async () => {
        const company = await service.createCompanies(nord)
        await service.createMemberships({ company_id: company.id, customer_id: "cus_anna", role: "admin" })
        await service.deleteCompanies(company.id)
        expect(await service.listMemberships({ customer_id: "cus_anna" })).toHaveLength(0)
      })
    })
  },
})
