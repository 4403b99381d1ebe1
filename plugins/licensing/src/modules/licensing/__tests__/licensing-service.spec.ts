import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { generateKeyPairSync } from "node:crypto"
import { LICENSING_MODULE } from ".."
import { verifyLicense } from "../../../lib/license-signing"
import { License, LicenseTerms } from "../models"
import LicensingModuleService, { type DeliverLicensesInput, licenseStatus } from "../service"

jest.setTimeout(60_000)

const signingKey = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
const retired = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString()

const issuedAt = new Date("2026-03-10T09:30:00.000Z")
const order = (orderId: string, lines: DeliverLicensesInput["lines"]): DeliverLicensesInput => ({
  order_id: orderId,
  order_number: `MS-${orderId}`,
  company_id: "comp_A",
  customer_number: "90001",
  organisation_number: "556901-0001",
  issued_at: issuedAt,
  lines,
})

moduleIntegrationTestRunner<LicensingModuleService>({
  moduleName: LICENSING_MODULE,
  moduleModels: [License, LicenseTerms],
  moduleOptions: { signing_key: signingKey, retired_public_keys: [retired] },
  resolve: "./src/modules/licensing",
  testSuite: ({ service }) => {
    const catalog = async () => {
      await service.upsertLicenseTerms("variant_user", {
        product_code: "MON-USER",
        category: "user_license",
        kind: "named_user",
        seats: 1,
        term: "yearly",
      })
      await service.upsertLicenseTerms("variant_site", {
        product_code: "MON-EDI",
        category: "integration",
        kind: "site",
        seats: 2,
        term: "perpetual",
      })
      await service.upsertLicenseTerms("variant_course", {
        product_code: "KURS-1",
        category: "training",
        kind: "company",
        seats: 1,
        term: "perpetual",
      })
    }
    const lines = [
      { line_item_id: "ordli_1", variant_id: "variant_user", product_title: "Användarlicens", quantity: 5 },
      { line_item_id: "ordli_2", variant_id: "variant_site", product_title: "EDI-koppling", quantity: 3 },
      { line_item_id: "ordli_3", variant_id: "variant_course", product_title: "Grundkurs", quantity: 1 },
      { line_item_id: "ordli_4", variant_id: "variant_without_terms", product_title: "Fraktfritt", quantity: 1 },
    ]

    describe("license terms", () => {
      it("creates and then replaces a variant's terms; training delivers no license", async () => {
        await catalog()
        await service.upsertLicenseTerms("variant_user", {
          product_code: "MON-USER2",
          category: "user_license",
          kind: "named_user",
          seats: 2,
          term: "yearly",
        })
        const all = await service.listLicenseTerms({}, { order: { variant_id: "ASC" } })
        expect(all.map((t) => [t.variant_id, t.product_code, t.seats, t.delivers_license])).toEqual([
          ["variant_course", "KURS-1", 1, false],
          ["variant_site", "MON-EDI", 2, true],
          ["variant_user", "MON-USER2", 2, true],
        ])
        await expect(
          service.upsertLicenseTerms("variant_course", {
            product_code: "K",
            category: "service",
            kind: "company",
            seats: 1,
            term: "yearly",
            delivers_license: true,
          })
        ).rejects.toThrow(/delivers no license/)
        await expect(
          service.upsertLicenseTerms("variant_x", {
            product_code: "K",
            category: "addon_module",
            kind: "company",
            seats: 0,
            term: "yearly",
          })
        ).rejects.toThrow(/seats/)
        expect(await service.licenseTermsOf("nothing")).toBeNull()
      })
    })

    describe("deliverLicenses", () => {
      it("delivers one signed license per line that licenses something: seats × quantity, yearly +1 year", async () => {
        await catalog()
        const licenses = await service.deliverLicenses(order("order_1", lines))
        expect(licenses.map((l) => [l.line_item_id, l.product_code, l.seats, l.term, l.category, l.kind])).toEqual([
          ["ordli_1", "MON-USER", 5, "yearly", "user_license", "named_user"],
          ["ordli_2", "MON-EDI", 6, "perpetual", "integration", "site"],
        ])
        const [yearly, perpetual] = licenses
        expect(new Date(yearly.valid_from).toISOString()).toBe("2026-03-10T09:30:00.000Z")
        expect(new Date(yearly.valid_until!).toISOString()).toBe("2027-03-10T09:30:00.000Z")
        expect(perpetual.valid_until).toBeNull()
        expect(yearly.license_key).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){4}$/)
        expect(yearly.license_key).not.toBe(perpetual.license_key)

        const jwks = service.jwks()
        expect(jwks.keys.map((k) => k.status)).toEqual(["current", "retired"])
        expect(yearly.kid).toBe(service.currentKid())
        expect(verifyLicense(yearly.license_file, jwks)).toEqual({
          lid: yearly.id,
          key: yearly.license_key,
          customer_number: "90001",
          organisation_number: "556901-0001",
          product: "MON-USER",
          product_title: "Användarlicens",
          kind: "named_user",
          seats: 5,
          valid_from: "2026-03-10T09:30:00.000Z",
          valid_until: "2027-03-10T09:30:00.000Z",
          order: "MS-order_1",
          iat: Math.floor(issuedAt.getTime() / 1000),
          iss: "Monitor ERP",
        })
        expect(verifyLicense(perpetual.license_file, jwks).valid_until).toBeNull()
      })

      it("is exactly once: a second call returns the same licenses and adds none", async () => {
        await catalog()
        const first = await service.deliverLicenses(order("order_2", lines))
        const second = await service.deliverLicenses(order("order_2", lines))
        expect(second.map((l) => [l.id, l.license_key, l.license_file])).toEqual(first.map((l) => [l.id, l.license_key, l.license_file]))
        expect(await service.listLicenses({ order_id: "order_2" })).toHaveLength(2)
      })

      it("is exactly once in parallel: five concurrent calls leave one license per line item, and all answer the same rows", async () => {
        await catalog()
        const answers = await Promise.all(Array.from({ length: 5 }, () => service.deliverLicenses(order("order_3", lines))))
        const stored = await service.listLicenses({ order_id: "order_3" })
        expect(stored.map((l) => l.line_item_id).sort()).toEqual(["ordli_1", "ordli_2"])
        for (const answer of answers) expect(answer.map((l) => l.id).sort()).toEqual(stored.map((l) => l.id).sort())
      })

      it("adds the line items a later call brings and skips lines without terms", async () => {
        await catalog()
        await service.deliverLicenses(order("order_4", lines.slice(0, 1)))
        const all = await service.deliverLicenses(order("order_4", lines))
        expect(all.map((l) => l.line_item_id)).toEqual(["ordli_1", "ordli_2"])
        expect(await service.deliverLicenses(order("order_5", lines.slice(2)))).toEqual([])
        await expect(service.deliverLicenses({ ...order("order_6", lines), issued_at: new Date("nonsense") })).rejects.toThrow(/issued_at/)
        await expect(service.deliverLicenses(order("order_6", [{ ...lines[0], quantity: 1.5 }]))).rejects.toThrow(/quantity/)
        expect(await service.listLicensesWithStatus({ company_id: [] })).toEqual([[], 0])
      })
    })

    describe("revocation and status", () => {
      it("revokes once, with who and why; the list filters by status", async () => {
        await catalog()
        const delivered = await service.deliverLicenses(order("order_6", lines))
        const yearly = delivered.find((l) => l.line_item_id === "ordli_1")!
        const perpetual = delivered.find((l) => l.line_item_id === "ordli_2")!
        const revoked = await service.revokeLicense(yearly.id, { by: "user_staff", reason: "Kreditfaktura" })
        expect(revoked).toEqual(expect.objectContaining({ revoked_by: "user_staff", revocation_reason: "Kreditfaktura" }))
        expect(revoked.revoked_at).toBeTruthy()
        await expect(service.revokeLicense(yearly.id, { by: "user_other", reason: "again" })).rejects.toThrow(/revoked already/)
        await expect(service.revokeLicense("lic_missing", { by: "u", reason: "r" })).rejects.toThrow(/not found/)
        expect((await service.revokedLicenses()).map((r) => r.lid)).toEqual([yearly.id])

        const now = new Date("2026-06-01T00:00:00Z")
        const [revokedRows] = await service.listLicensesWithStatus({ company_id: ["comp_A"], status: "revoked" }, { now })
        expect(revokedRows.map((l) => [l.id, l.status])).toEqual([[yearly.id, "revoked"]])
        const [activeRows, activeCount] = await service.listLicensesWithStatus({ company_id: "comp_A", status: "active" }, { now })
        expect([activeRows.map((l) => l.id), activeCount]).toEqual([[perpetual.id], 1])
        const [other] = await service.listLicensesWithStatus({ company_id: ["comp_B"] }, { now })
        expect(other).toEqual([])
      })

      it("finds expiring and expired yearly licenses by their renewal date", async () => {
        await catalog()
        const yearly = (await service.deliverLicenses(order("order_7", lines))).find((l) => l.line_item_id === "ordli_1")!
        const expiring = new Date("2027-02-01T00:00:00Z")
        const expired = new Date("2027-03-10T09:30:00Z")
        const ids = async (status: "active" | "expiring" | "expired", now: Date) =>
          (await service.listLicensesWithStatus({ company_id: ["comp_A"], status }, { now }))[0].map((l) => l.id)
        expect(await ids("expiring", expiring)).toEqual([yearly.id])
        expect(await ids("expired", expiring)).toEqual([])
        expect(await ids("expired", expired)).toEqual([yearly.id])
        expect(await ids("active", new Date("2026-04-01T00:00:00Z"))).toContain(yearly.id)
      })
    })

    describe("licenseStatus", () => {
      const now = new Date("2026-06-01T00:00:00Z")
      const days = (n: number) => new Date(now.getTime() + n * 86_400_000)
      it.each([
        ["perpetual", { valid_until: null }, "active"],
        ["renewal in 61 days", { valid_until: days(61) }, "active"],
        ["renewal in 60 days", { valid_until: days(60) }, "expiring"],
        ["renewal tomorrow", { valid_until: days(1) }, "expiring"],
        ["renewal now", { valid_until: now }, "expired"],
        ["renewal passed", { valid_until: days(-3) }, "expired"],
        ["revoked and perpetual", { valid_until: null, revoked_at: days(-1) }, "revoked"],
        ["revoked and expired", { valid_until: days(-9), revoked_at: days(-1) }, "revoked"],
      ])("%s → %s", (_, license, expected) => {
        expect(licenseStatus(license, now)).toBe(expected)
        expect(service.licenseStatus(license, now)).toBe(expected)
      })
    })
  },
})
