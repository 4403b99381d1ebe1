import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AUDIT_MODULE, type AuditModuleService } from "@mymonitor/audit-log/modules/audit"
import { verifyLicense, type LicenseJwks } from "@mymonitor/licensing/lib/license-signing"
import { LICENSING_MODULE, type LicensingModuleService } from "@mymonitor/licensing/modules/licensing"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor, ensureVendorAdmin } from "../../src/seed"
import { completePortalSession } from "../helpers/portal-session"
import { completeStaffSession } from "../helpers/staff-session"

jest.setTimeout(180_000)

const PASSWORD = "Test-password-2026"

type Fixtures = { publishableKey: string; a: string; b: string; variantId: string }

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const a = await ensureCompany(container, { name: "Licens A AB", organisation_number: "556911-0001", customer_number: "91001" })
  const b = await ensureCompany(container, { name: "Licens B AB", organisation_number: "556912-0002", customer_number: "91002" })
  const people = [
    ["lic-admin-a@example.se", a.id, "admin"],
    ["lic-user-a@example.se", a.id, "user"],
    ["lic-support-a@example.se", a.id, "support"],
    ["lic-admin-b@example.se", b.id, "admin"],
  ] as const
  for (const [email, companyId, role] of people) {
    const customer = await ensurePortalUser(container, { email, first_name: "Lis", last_name: "Licens" }, PASSWORD)
    await ensureTotpFactor(container, email)
    await ensureMembership(container, companyId, customer.id, role)
  }
  // user@A is support only in B: B's licenses are not theirs to see.
  const userA = await ensurePortalUser(container, { email: "lic-user-a@example.se", first_name: "Lis", last_name: "Licens" }, PASSWORD)
  await ensureMembership(container, b.id, userA.id, "support")
  await ensureVendorAdmin(container, "lic-staff@example.se", PASSWORD)

  const [product] = await container.resolve(Modules.PRODUCT).createProducts([
    {
      title: "Monitor ERP användarlicens",
      options: [{ title: "Licens", values: ["Standard"] }],
      variants: [{ title: "Standard", sku: "LIC-TEST-USER", options: { Licens: "Standard" } }],
    },
  ])
  return { publishableKey, a: a.id, b: b.id, variantId: product.variants[0].id }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let fixtures: Fixtures
    const asCustomer = async (email: string) => ({
      headers: {
        authorization: `Bearer ${await completePortalSession(api, getContainer(), email, PASSWORD)}`,
        "x-publishable-api-key": fixtures.publishableKey,
      },
      validateStatus: () => true,
    })
    const asStaff = async () => ({
      headers: { authorization: `Bearer ${await completeStaffSession(api, getContainer(), "lic-staff@example.se", PASSWORD)}` },
      validateStatus: () => true,
    })
    const licensing = () => getContainer().resolve<LicensingModuleService>(LICENSING_MODULE)
    const deliver = (companyId: string, customerNumber: string, orderId: string) =>
      licensing().deliverLicenses({
        order_id: orderId,
        order_number: `MS-${orderId}`,
        company_id: companyId,
        customer_number: customerNumber,
        organisation_number: "556911-0001",
        issued_at: new Date(),
        lines: [
          { line_item_id: `${orderId}_li1`, variant_id: fixtures.variantId, product_title: 'Användarlicens; "Plus"', quantity: 4 },
          { line_item_id: `${orderId}_li2`, variant_id: "variant_without_terms", product_title: "Frakt", quantity: 1 },
        ],
      })

    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    it("staff set a variant's license terms, validated, and query.graph reads them on the variant", async () => {
      const staff = await asStaff()
      const url = `/admin/product-variants/${fixtures.variantId}/license-terms`
      expect((await api.get(url, staff)).data).toEqual(expect.objectContaining({ license_terms: null }))
      const invalid = await api.post(
        url,
        { product_code: "bad code!", category: "training", kind: "company", seats: 0, term: "yearly", delivers_license: true },
        staff
      )
      expect(invalid.status).toBe(400)
      expect(Object.keys(invalid.data.fields).sort()).toEqual(["delivers_license", "product_code", "seats"])
      const saved = await api.post(
        url,
        { product_code: "mon-user", category: "user_license", kind: "named_user", seats: 2, term: "yearly" },
        staff
      )
      expect(saved.status).toBe(200)
      expect(saved.data.license_terms).toEqual(expect.objectContaining({ product_code: "MON-USER", seats: 2, delivers_license: true }))
      expect(
        (
          await api.post(
            `/admin/product-variants/variant_missing/license-terms`,
            { product_code: "X", category: "service", kind: "company", seats: 1, term: "perpetual" },
            staff
          )
        ).status
      ).toBe(404)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "license_terms.*"],
        filters: { id: fixtures.variantId },
      })
      expect(data[0].license_terms).toEqual(expect.objectContaining({ product_code: "MON-USER", term: "yearly" }))
    })

    it("Mina sidor › Licenser: the caller's companies with my_pages only; the file verifies with the public JWKS", async () => {
      await licensing().upsertLicenseTerms(fixtures.variantId, {
        product_code: "MON-USER",
        category: "user_license",
        kind: "named_user",
        seats: 2,
        term: "yearly",
      })
      const [licenseA] = await deliver(fixtures.a, "91001", "order_a")
      const [licenseB] = await deliver(fixtures.b, "91002", "order_b")
      expect(licenseA.seats).toBe(8)

      const userA = await asCustomer("lic-user-a@example.se")
      const list = await api.get("/store/licenses", userA)
      expect(list.status).toBe(200)
      expect(list.data.licenses.map((l: { id: string }) => l.id)).toEqual([licenseA.id])
      expect(list.data.licenses[0]).toEqual(
        expect.objectContaining({
          status: "active",
          term: "yearly",
          order_number: "MS-order_a",
          company: expect.objectContaining({ name: "Licens A AB" }),
        })
      )
      expect(list.data.licenses[0]).not.toHaveProperty("license_file")
      // B is support-only for user@A: as good as a foreign company
      expect((await api.get(`/store/licenses?company_id=${fixtures.b}`, userA)).status).toBe(404)
      expect((await api.get(`/store/licenses?status=nonsense`, userA)).status).toBe(400)
      expect((await api.get(`/store/licenses?company_id=${fixtures.a}&status=revoked`, userA)).data.licenses).toEqual([])

      const csv = await api.get(`/store/licenses/export.csv?company_id=${fixtures.a}`, { ...userA, responseType: "arraybuffer" })
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="licenser-\d{4}-\d{2}-\d{2}\.csv"$/)
      const bytes = Buffer.from(csv.data as ArrayBuffer)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString("utf8").split("\r\n")
      expect(lines[0]).toBe(
        "Företag;Kundnummer;Produkt;Produktkod;Licensnyckel;Licenstyp;Antal;Villkor;Giltig från;Förnyelsedatum;Status;Ordernummer"
      )
      expect(lines[1]).toContain(
        `Licens A AB;91001;"Användarlicens; ""Plus""";MON-USER;${licenseA.license_key};Namngiven användare;8;Årsvis;`
      )
      expect(lines).toHaveLength(3)

      const detail = await api.get(`/store/companies/${fixtures.a}/licenses/${licenseA.id}`, userA)
      expect(detail.status).toBe(200)
      expect(detail.data.license).toEqual(expect.objectContaining({ id: licenseA.id, file_name: `${licenseA.license_key}.lic` }))
      expect((await api.get(`/store/companies/${fixtures.a}/licenses/${licenseB.id}`, userA)).status).toBe(404)
      expect(
        (await api.get(`/store/companies/${fixtures.a}/licenses/${licenseA.id}`, await asCustomer("lic-admin-b@example.se"))).status
      ).toBe(404)
      expect(
        (await api.get(`/store/companies/${fixtures.a}/licenses/${licenseA.id}`, await asCustomer("lic-support-a@example.se"))).status
      ).toBe(403)

      const file = await api.get(`/store/companies/${fixtures.a}/licenses/${licenseA.id}/file`, { ...userA, responseType: "text" })
      expect(file.status).toBe(200)
      expect(file.headers["content-type"]).toMatch(/^application\/jose/)
      expect(file.headers["cache-control"]).toBe("no-store")
      expect(file.headers["content-disposition"]).toBe(`attachment; filename="${licenseA.license_key}.lic"`)
      expect((await api.get(`/store/companies/${fixtures.b}/licenses/${licenseB.id}/file`, userA)).status).toBe(403)

      const jwks = await api.get("/license-keys/jwks.json", { responseType: "text", validateStatus: () => true })
      expect(jwks.status).toBe(200)
      expect(jwks.headers["cache-control"]).toBe("public, max-age=3600")
      const keys = JSON.parse(jwks.data) as LicenseJwks
      expect(verifyLicense(file.data, keys, { now: new Date() })).toEqual(
        expect.objectContaining({ lid: licenseA.id, key: licenseA.license_key, seats: 8, product: "MON-USER", customer_number: "91001" })
      )
    })

    it("staff revoke a license with a reason: audited, on the revocation list, no more downloads", async () => {
      await licensing().upsertLicenseTerms(fixtures.variantId, {
        product_code: "MON-USER",
        category: "user_license",
        kind: "named_user",
        seats: 1,
        term: "perpetual",
      })
      const [license] = await deliver(fixtures.a, "91001", "order_r")
      const staff = await asStaff()

      const listed = await api.get(`/admin/companies/${fixtures.a}/licenses`, staff)
      expect(listed.status).toBe(200)
      expect(listed.data.licenses.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([[license.id, "active"]])
      expect(listed.data.licenses[0]).not.toHaveProperty("license_file")

      expect((await api.post(`/admin/licenses/${license.id}/revoke`, {}, staff)).status).toBe(400)
      const revoked = await api.post(`/admin/licenses/${license.id}/revoke`, { reason: "Krediterad på faktura 10234" }, staff)
      expect(revoked.status).toBe(200)
      expect(revoked.data.license).toEqual(expect.objectContaining({ status: "revoked", revocation_reason: "Krediterad på faktura 10234" }))
      const again = await api.post(`/admin/licenses/${license.id}/revoke`, { reason: "igen" }, staff)
      expect([again.status, again.data.code]).toEqual([409, "license_revoked"])
      expect((await api.post(`/admin/licenses/lic_missing/revoke`, { reason: "saknas" }, staff)).status).toBe(404)

      const [event] = await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEvents({ action: "license.revoked" })
      expect(event).toEqual(expect.objectContaining({ company_id: fixtures.a, actor_type: "user", actor_email: "lic-staff@example.se" }))
      expect(event.details).toEqual(expect.objectContaining({ license_id: license.id, reason: "Krediterad på faktura 10234" }))

      const list = await api.get("/license-keys/revoked.json", { validateStatus: () => true })
      expect(list.data.revoked.map((r: { lid: string }) => r.lid)).toEqual([license.id])
      const userA = await asCustomer("lic-user-a@example.se")
      const file = await api.get(`/store/companies/${fixtures.a}/licenses/${license.id}/file`, userA)
      expect([file.status, file.data.code]).toEqual([410, "license_revoked"])
      expect((await api.get(`/store/licenses?status=revoked`, userA)).data.licenses.map((l: { id: string }) => l.id)).toEqual([license.id])
    })
  },
})
