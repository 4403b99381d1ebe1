import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { INVOICING_MODULE, type InvoicingModuleService } from "@mymonitor/invoicing/modules/invoicing"
import { issueOrderInvoiceWorkflow } from "@mymonitor/invoicing/workflows"
import { buyerOf } from "@mymonitor/invoicing/lib/buyer"
import { ocrIsValid } from "@mymonitor/invoicing/lib/ocr"
import { emailInvoice } from "@mymonitor/invoicing/lib/email-invoice"
import { ensureCompany, ensureMembership, ensurePortalUser, ensureStore, ensureTotpFactor, ensureVendorAdmin } from "../../src/seed"
import { completeStaffSession } from "../helpers/staff-session"
import { completePortalSession } from "../helpers/portal-session"
import { MailCatcher } from "../../../test-support/mail"

jest.setTimeout(300_000)

const PASSWORD = "Test-password-2026"
const PRIVATE_DIR = mkdtempSync(path.join(tmpdir(), "mymonitor-private-files-"))
// Read by medusa-config.ts when the app loads its configuration, before the runner's own env applies.
process.env.PRIVATE_FILES_DIR = PRIVATE_DIR
const mail = new MailCatcher()

type Fixtures = { publishableKey: string; a: string; b: string }

async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey } = await ensureStore(container)
  const a = await ensureCompany(container, { name: "Faktura A AB", organisation_number: "556036-0793", customer_number: "70001" })
  const b = await ensureCompany(container, { name: "Faktura B AB", organisation_number: "556202-3456", customer_number: "70002" })
  const people = [
    ["admin-a@example.se", a.id, "admin"],
    ["support-a@example.se", a.id, "support"],
    ["user-b@example.se", b.id, "user"],
  ] as const
  for (const [email, companyId, role] of people) {
    const customer = await ensurePortalUser(container, { email, first_name: "Test", last_name: "Faktura" }, PASSWORD)
    await ensureTotpFactor(container, email)
    await ensureMembership(container, companyId, customer.id, role)
  }
  await ensureVendorAdmin(container, "staff@example.se", PASSWORD)
  await container.resolve<InvoicingModuleService>(INVOICING_MODULE).upsertBillingProfile(a.id, {
    name: "Faktura A AB",
    attention: "Ekonomi",
    address_line_1: "Storgatan 1",
    postal_code: "111 22",
    city: "Stockholm",
    vat_number: "SE556036079301",
    invoice_email: "faktura@a.example",
    payment_terms_days: 30,
  })
  return { publishableKey, a: a.id, b: b.id }
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
      headers: { authorization: `Bearer ${await completeStaffSession(api, getContainer(), "staff@example.se", PASSWORD)}` },
      validateStatus: () => true,
    })
    const binary = { responseType: "arraybuffer" as const }

    /** An order's invoice as monitor-store issues it (the order id need not exist for invoicing). */
    const issueForOrder = async (orderId: string) => {
      const container = getContainer()
      const { buyer } = await buyerOf(container, fixtures.a)
      const { result } = await issueOrderInvoiceWorkflow(container).run({
        input: {
          order_id: orderId,
          company_id: fixtures.a,
          your_reference: "Anna Andersson",
          buyer,
          currency_code: "sek",
          issued_at: new Date(),
          lines: [
            { description: "Monitor ERP användarlicens", quantity: 3, unit_price: 890_000, tax_rate: 25 },
            { description: "Rapportmodul", quantity: 1, unit_price: 440_000, tax_rate: 25 },
          ],
        },
      })
      return result
    }

    /** A real order paid by "Faktura": Medusa's system payment provider authorizes it, nothing captures it yet. */
    const placeAuthorizedOrder = async () => {
      const container = getContainer()
      const [region] = await container.resolve(Modules.REGION).listRegions({ name: "Sverige" })
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: region.id,
          currency_code: "sek",
          email: "admin-a@example.se",
          items: [{ title: "Monitor ERP användarlicens", quantity: 1, unit_price: 8900, requires_shipping: false }],
        },
      })
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: (collection as { id: string }).id, provider_id: "pp_system_default" },
      })
      const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
      return order.id
    }
    const paymentsOf = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at"],
        filters: { id: orderId },
      })
      const order = data[0] as { payment_collections: { payments: { id: string; captured_at: string | null }[] }[] }
      return order.payment_collections.flatMap((collection) => collection.payments)
    }

    beforeAll(async () => {
      process.env.SMTP_URL = await mail.start()
    })
    afterAll(async () => {
      await mail.stop()
      rmSync(PRIVATE_DIR, { recursive: true, force: true })
    })
    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    it("issues an order's invoice once: the PDF stored privately, e-mailed once with the PDF attached", async () => {
      const first = await issueForOrder("order_inv_1")
      const again = await issueForOrder("order_inv_1")
      expect(again.invoice_id).toBe(first.invoice_id)
      // The mail leaves after the workflow (its event's subscriber); once sent, it is not sent again.
      await mail.latestTo("faktura@a.example")
      expect(await emailInvoice(getContainer(), first.invoice_id)).toEqual(expect.objectContaining({ email_sent: true }))
      expect(first.pdf_file_id).toMatch(/^private-\d+-faktura-\d+\.pdf$/)
      expect(again.pdf_file_id).toBe(first.pdf_file_id)

      // /static serves the public folder (a probe file there is served) …
      const probe = `invoicing-probe-${Date.now()}.txt`
      mkdirSync(path.join(process.cwd(), "static"), { recursive: true })
      writeFileSync(path.join(process.cwd(), "static", probe), "public")
      try {
        expect((await api.get(`/static/${probe}`, { validateStatus: () => true })).status).toBe(200)
      } finally {
        rmSync(path.join(process.cwd(), "static", probe))
      }
      // … but the PDF lies in the private folder, not in the public one, and no /static URL serves it.
      expect(readdirSync(PRIVATE_DIR)).toContain(first.pdf_file_id)
      expect(existsSync(path.join(process.cwd(), "static", first.pdf_file_id))).toBe(false)
      for (const url of [
        `/static/${first.pdf_file_id}`,
        `/static/private-files/${first.pdf_file_id}`,
        `/static/../private-files/${first.pdf_file_id}`,
      ]) {
        const response = await api.get(url, { validateStatus: () => true })
        expect([url, response.status]).toEqual([url, 404])
      }

      const messages = mail.messagesTo("faktura@a.example")
      expect(messages).toHaveLength(1)
      expect(messages[0].subject).toBe(
        `Faktura ${first.display_number} från Monitor ERP System AB / Invoice ${first.display_number} from Monitor ERP System AB`
      )
      const attachments = messages[0].attachments as { filename: string; contentType: string; content: Buffer }[]
      expect(attachments.map((file) => [file.filename, file.contentType])).toEqual([
        [`faktura-${first.display_number}.pdf`, "application/pdf"],
      ])
      expect(attachments[0].content.subarray(0, 5).toString()).toBe("%PDF-")
      // The stored notification holds no PDF bytes.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [stored] = await knex("notification").where({ resource_id: first.invoice_id }).select("data", "template", "status")
      expect(stored).toEqual(expect.objectContaining({ template: "invoice-issued", status: "success" }))
      expect(JSON.stringify(stored.data)).not.toMatch(/PDF|JVBER/)
    })

    it("lists, shows and streams a company's invoices to those with my_pages, nobody else", async () => {
      const issued = await issueForOrder("order_inv_2")
      const admin = await asCustomer("admin-a@example.se")

      const list = await api.get("/store/invoices", admin)
      expect(list.status).toBe(200)
      expect(list.data.count).toBe(1)
      expect(list.data.invoices[0]).toEqual(
        expect.objectContaining({
          id: issued.invoice_id,
          status: "unpaid",
          company_name: "Faktura A AB",
          subtotal: 3_110_000,
          tax_total: 777_500,
          total: 3_887_500,
        })
      )
      expect(ocrIsValid(list.data.invoices[0].ocr)).toBe(true)
      expect((await api.get(`/store/invoices?company_id=${fixtures.a}&status=paid`, admin)).data.count).toBe(0)
      expect((await api.get("/store/invoices?status=late", admin)).status).toBe(400)

      const other = await asCustomer("user-b@example.se")
      expect((await api.get("/store/invoices", other)).data.count).toBe(0)
      expect((await api.get(`/store/invoices?company_id=${fixtures.a}`, other)).status).toBe(404)
      expect((await api.get("/store/invoices", await asCustomer("support-a@example.se"))).status).toBe(403)

      const detail = await api.get(`/store/companies/${fixtures.a}/invoices/${issued.invoice_id}`, admin)
      expect(detail.status).toBe(200)
      expect(detail.data.invoice.lines.map((line: { description: string; subtotal: number }) => [line.description, line.subtotal])).toEqual(
        [
          ["Monitor ERP användarlicens", 2_670_000],
          ["Rapportmodul", 440_000],
        ]
      )
      expect(detail.data.invoice.tax_by_rate).toEqual([{ tax_rate: 25, subtotal: 3_110_000, tax: 777_500 }])
      expect(detail.data.invoice).not.toHaveProperty("pdf_file_id")
      // Another company's invoice under one's own company: not found.
      expect((await api.get(`/store/companies/${fixtures.b}/invoices/${issued.invoice_id}`, other)).status).toBe(404)
      expect((await api.get(`/store/companies/${fixtures.a}/invoices/${issued.invoice_id}`, other)).status).toBe(404)

      const pdf = await api.get(`/store/companies/${fixtures.a}/invoices/${issued.invoice_id}/pdf`, { ...admin, ...binary })
      expect(pdf.status).toBe(200)
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["cache-control"]).toBe("no-store")
      expect(pdf.headers["content-disposition"]).toBe(`attachment; filename="faktura-${issued.display_number}.pdf"`)
      expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
      expect(
        (await api.get(`/store/companies/${fixtures.a}/invoices/${issued.invoice_id}/pdf`, await asCustomer("support-a@example.se"))).status
      ).toBe(403)

      // A stored file that went missing is rendered again from the invoice rows.
      rmSync(path.join(PRIVATE_DIR, issued.pdf_file_id))
      const rendered = await api.get(`/store/companies/${fixtures.a}/invoices/${issued.invoice_id}/pdf`, { ...admin, ...binary })
      expect(rendered.status).toBe(200)
      expect(Buffer.from(rendered.data).subarray(0, 5).toString()).toBe("%PDF-")

      const profile = await api.get(`/store/companies/${fixtures.a}/billing-profile`, admin)
      expect(profile.status).toBe(200)
      expect(profile.data.billing_profile).toEqual(
        expect.objectContaining({ invoice_email: "faktura@a.example", vat_number: "SE556036079301" })
      )
      expect((await api.get(`/store/companies/${fixtures.b}/billing-profile`, other)).data).toEqual({ billing_profile: null })
    })

    it("captures the order's authorized payment when staff mark its invoice paid", async () => {
      const orderId = await placeAuthorizedOrder()
      const [before] = await paymentsOf(orderId)
      expect(before.captured_at).toBeNull()
      const issued = await issueForOrder(orderId)
      const paid = await api.post(`/admin/invoices/${issued.invoice_id}/mark-paid`, {}, await asStaff())
      expect(paid.status).toBe(200)
      expect(paid.data.captured_payment_ids).toEqual([before.id])
      expect(paid.data.invoice).toEqual(expect.objectContaining({ status: "paid", paid_by: expect.stringMatching(/^user_/) }))
      const [after] = await paymentsOf(orderId)
      expect(after.captured_at).not.toBeNull()
      // Marking it paid again captures nothing more.
      const again = await api.post(`/admin/invoices/${issued.invoice_id}/mark-paid`, {}, await asStaff())
      expect([again.status, again.data.captured_payment_ids]).toEqual([200, []])
    })

    it("lets staff mark paid, credit once, keep billing profiles and issue fee invoices, audited", async () => {
      const issued = await issueForOrder("order_inv_3")
      const staff = await asStaff()

      const paid = await api.post(`/admin/invoices/${issued.invoice_id}/mark-paid`, {}, staff)
      expect(paid.status).toBe(200)
      expect(paid.data.invoice.status).toBe("paid")
      expect((await api.post(`/admin/invoices/${issued.invoice_id}/mark-paid`, { paid_at: "not a date" }, staff)).status).toBe(400)

      expect((await api.post(`/admin/invoices/${issued.invoice_id}/credit`, {}, staff)).status).toBe(400)
      const credit = await api.post(`/admin/invoices/${issued.invoice_id}/credit`, { reason: "Fel antal användare" }, staff)
      expect(credit.status).toBe(201)
      expect(credit.data.credit_note).toEqual(expect.objectContaining({ kind: "credit_note", display_number: "K1", total: -3_887_500 }))
      expect(credit.data.invoice.status).toBe("credited")
      const twice = await api.post(`/admin/invoices/${issued.invoice_id}/credit`, { reason: "Igen" }, staff)
      expect([twice.status, twice.data.code]).toEqual([409, "invoice_credited"])
      expect((await mail.latestTo("faktura@a.example")).subject).toContain("Kreditfaktura K1")

      const credited = await api.get(`/admin/invoices?status=credited&company_id=${fixtures.a}`, staff)
      expect(credited.data.invoices.map((row: { display_number: string }) => row.display_number).sort()).toEqual(
        ["K1", issued.display_number].sort()
      )
      const adminPdf = await api.get(`/admin/invoices/${credit.data.credit_note.id}/pdf`, { ...staff, ...binary })
      expect([adminPdf.status, adminPdf.headers["content-disposition"]]).toEqual([200, 'attachment; filename="kreditfaktura-K1.pdf"'])

      // Company B has no billing profile: no fee invoice until it has one.
      const line = { description: "Serviceavgift kvartal 1", quantity: 1, unit_price: 1_200_000, tax_rate: 25 }
      const missing = await api.post(`/admin/companies/${fixtures.b}/invoices`, { lines: [line] }, staff)
      expect([missing.status, missing.data.code]).toEqual([409, "billing_profile_missing"])
      const invalid = await api.post(
        `/admin/companies/${fixtures.b}/billing-profile`,
        { name: "B", address_line_1: "Väg 2", postal_code: "222 33", city: "Lund", vat_number: "SE123", invoice_email: "nej" },
        staff
      )
      expect(invalid.status).toBe(400)
      expect(Object.keys(invalid.data.fields).sort()).toEqual(["invoice_email", "vat_number"])
      const saved = await api.post(
        `/admin/companies/${fixtures.b}/billing-profile`,
        { name: "Faktura B AB", address_line_1: "Väg 2", postal_code: "222 33", city: "Lund", invoice_email: "ekonomi@b.example" },
        staff
      )
      expect(saved.status).toBe(200)
      expect((await api.post(`/admin/companies/${fixtures.b}/invoices`, { lines: [{ ...line, unit_price: 12.5 }] }, staff)).status).toBe(
        400
      )
      const fee = await api.post(`/admin/companies/${fixtures.b}/invoices`, { your_reference: "Kvartal 1", lines: [line] }, staff)
      expect(fee.status).toBe(201)
      expect(fee.data.invoice).toEqual(
        expect.objectContaining({ recurring: true, total: 1_500_000, company_id: fixtures.b, your_reference: "Kvartal 1" })
      )
      expect(fee.data.invoice.number).toBe(Number(issued.number) + 1)
      expect(fee.data.email_sent).toBe(true)
      expect((await api.get(`/admin/companies/${fixtures.b}/billing-profile`, staff)).data.billing_profile.invoice_email).toBe(
        "ekonomi@b.example"
      )
      expect((await api.get(`/admin/invoices/invc_doesnotexist`, staff)).status).toBe(404)

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const actions = (
        await knex("audit_event")
          .whereLike("action", "invoice.%")
          .orWhere("action", "billing_profile.updated")
          .select("action", "actor_type")
      )
        .map((row: { action: string }) => row.action)
        .sort()
      expect(actions).toEqual(["billing_profile.updated", "invoice.credited", "invoice.fee_issued", "invoice.marked_paid"])
    })
  },
})
