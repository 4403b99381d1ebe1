import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import quoteValidityNotices from "@mymonitor/quotes/jobs/quote-validity-notices"
import { MailCatcher } from "../../../test-support/mail"
import {
  ensureBillingProfile,
  ensureCatalog,
  ensureCompany,
  ensureCompanyPrices,
  ensureMembership,
  ensurePortalUser,
  ensureStore,
  ensureTotpFactor,
  ensureVendorAdmin,
} from "../../src/seed"
import { completePortalSession } from "../helpers/portal-session"
import { completeStaffSession } from "../helpers/staff-session"

jest.setTimeout(300_000)

const PASSWORD = "Test-password-2026"
const mail = new MailCatcher()
type Person = "bertil" | "anna" | "david" | "sven"

type Fixtures = { publishableKey: string; nord: string; syd: string; vast: string }

/**
 * Bertil is Användare in Nord and Supportanvändare in Syd; Anna Administratör in Nord; Sven only
 * Supportanvändare in Nord; David Administratör in Väst. Nord's price of the user license is 8 900
 * (list 9 900, Syd 7 900).
 */
async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey, salesChannel } = await ensureStore(container)
  const variants = await ensureCatalog(container, salesChannel.id)
  const nord = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2344", customer_number: "10001" })
  const syd = await ensureCompany(container, { name: "Precision Syd AB", organisation_number: "556202-3456", customer_number: "10002" })
  const vast = await ensureCompany(container, { name: "Gjuteri Väst AB", organisation_number: "556303-4567", customer_number: "10003" })
  await ensureCompanyPrices(container, nord, { "MON-USER": 8900 }, variants)
  await ensureCompanyPrices(container, syd, { "MON-USER": 7900 }, variants)
  await ensureBillingProfile(container, nord, {
    address_line_1: "Industrigatan 12",
    postal_code: "972 38",
    city: "Luleå",
    vat_number: "SE556101234401",
    invoice_email: "faktura@verkstadnord.se",
    payment_terms_days: 30,
  })
  const people: Record<Person, { id: string }> = {
    bertil: await ensurePortalUser(container, { email: "bertil@example.se", first_name: "Bertil", last_name: "Berg" }, PASSWORD),
    anna: await ensurePortalUser(container, { email: "anna@example.se", first_name: "Anna", last_name: "Andersson" }, PASSWORD),
    david: await ensurePortalUser(container, { email: "david@example.se", first_name: "David", last_name: "Dahl" }, PASSWORD),
    sven: await ensurePortalUser(container, { email: "sven@example.se", first_name: "Sven", last_name: "Svensson" }, PASSWORD),
  }
  for (const person of Object.keys(people)) await ensureTotpFactor(container, `${person}@example.se`)
  await ensureMembership(container, nord.id, people.bertil.id, "user")
  await ensureMembership(container, syd.id, people.bertil.id, "support")
  await ensureMembership(container, nord.id, people.anna.id, "admin")
  await ensureMembership(container, nord.id, people.sven.id, "support")
  await ensureMembership(container, vast.id, people.david.id, "admin")
  await ensureVendorAdmin(container, "staff@example.se", PASSWORD)
  return { publishableKey, nord: nord.id, syd: syd.id, vast: vast.id }
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
/** Waits for a mail to the address whose subject or text contains the words. */
const expectMail = (to: string, words: string) => mail.waitFor(to, new RegExp(escaped(words)))

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let fixtures: Fixtures
    const as = async (person: Person) => ({
      headers: {
        authorization: `Bearer ${await completePortalSession(api, getContainer(), `${person}@example.se`, PASSWORD)}`,
        "x-publishable-api-key": fixtures.publishableKey,
      },
      validateStatus: () => true,
    })
    const staff = async () => ({
      headers: { authorization: `Bearer ${await completeStaffSession(api as never, getContainer(), "staff@example.se", PASSWORD)}` },
      validateStatus: () => true,
    })
    const sql = async (query: string, params: (string | number | Date | null)[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(query, params)).rows as any[]
    const variantOf = async (sku: string) =>
      (await sql(`select id from product_variant where sku = ? and deleted_at is null`, [sku]))[0].id as string

    /** Bertil's cart in Nord with two user licenses and the report add-on, turned into a quote request. */
    const requestQuote = async (message = "Vi vill ha 2 användare och rapportgeneratorn – kan ni ge ett paketpris?") => {
      const headers = await as("bertil")
      const cart = (await api.post(`/store/companies/${fixtures.nord}/carts`, {}, headers)).data.cart
      await api.post(
        `/store/companies/${fixtures.nord}/carts/${cart.id}/line-items`,
        { variant_id: await variantOf("MON-USER"), quantity: 2 },
        headers
      )
      await api.post(
        `/store/companies/${fixtures.nord}/carts/${cart.id}/line-items`,
        { variant_id: await variantOf("MON-REPORTS"), quantity: 1 },
        headers
      )
      const requested = await api.post(
        `/store/companies/${fixtures.nord}/quotes`,
        { cart_id: cart.id, message, your_reference: "PO-9001" },
        headers
      )
      expect({ status: requested.status, body: requested.status === 201 ? "quote" : requested.data }).toEqual({
        status: 201,
        body: "quote",
      })
      return requested.data.quote
    }
    const priceAndSend = async (quoteId: string, validUntil = inDays(30)) => {
      const admin = await staff()
      const quote = (await api.get(`/admin/quotes/${quoteId}`, admin)).data.quote
      const user = quote.items.find((item: any) => item.sku === "MON-USER")
      const priced = await api.post(`/admin/quotes/${quoteId}/items/${user.id}`, { unit_price: 8000 }, admin)
      expect({ status: priced.status, body: priced.status === 200 ? "ok" : priced.data }).toEqual({ status: 200, body: "ok" })
      const sent = await api.post(`/admin/quotes/${quoteId}/send`, { valid_until: validUntil }, admin)
      expect({ status: sent.status, body: sent.status === 200 ? "ok" : sent.data }).toEqual({ status: 200, body: "ok" })
      return sent.data.quote
    }
    const accept = async (quoteId: string, person: Person = "bertil", companyId = fixtures.nord) =>
      api.post(`/store/companies/${companyId}/quotes/${quoteId}/accept`, { accept_terms: true }, await as(person))

    beforeAll(async () => {
      process.env.SMTP_URL = await mail.start()
      process.env.PORTAL_URL = "http://portal.test"
      process.env.RATE_LIMIT_LOGIN = "1000/60"
      process.env.RATE_LIMIT_MFA = "1000/60"
    })
    afterAll(async () => {
      delete process.env.RATE_LIMIT_LOGIN
      delete process.env.RATE_LIMIT_MFA
      await mail.stop()
    })
    beforeEach(async () => {
      fixtures = await createFixtures(getContainer())
    })

    it("requests from the cart at the company's prices, is priced and sent by staff, and accepted into an order with licenses and an invoice", async () => {
      const quote = await requestQuote()
      expect(quote).toEqual(
        expect.objectContaining({
          status: "requested",
          company: { id: fixtures.nord, name: "Verkstad Nord AB" },
          requested_by: { name: "Bertil Berg", email: "bertil@example.se" },
          your_reference: "PO-9001",
          can_accept: false,
        })
      )
      // Nord's own price, never Syd's lower one (Bertil is Supportanvändare there)
      expect(quote.items.find((item: any) => item.sku === "MON-USER")).toEqual(expect.objectContaining({ quantity: 2, unit_price: 8900 }))
      expect(quote.messages).toEqual([expect.objectContaining({ author_type: "customer", author_name: "Bertil Berg" })])
      // the requester and Nord's administrator get the confirmation, vendor staff the notice
      await expectMail("bertil@example.se", `Offertförfrågan ${quote.number} mottagen`)
      await expectMail("anna@example.se", `Offertförfrågan ${quote.number} mottagen`)
      await expectMail("staff@example.se", "Bertil Berg på Verkstad Nord AB har begärt en offert")

      // the staff queue: oldest first, by status and company
      const admin = await staff()
      const queue = await api.get(`/admin/quotes?status=requested&company_id=${fixtures.nord}`, admin)
      expect(queue.data.quotes.map((q: any) => q.id)).toEqual([quote.id])
      expect((await api.get(`/admin/quotes?company_id=${fixtures.vast}`, admin)).data.count).toBe(0)

      const staffReply = await api.post(`/admin/quotes/${quote.id}/messages`, { text: "Vi kan ge 8 000 kr per användare." }, admin)
      expect(staffReply.status).toBe(201)
      await expectMail("bertil@example.se", "Vi kan ge 8 000 kr per användare.")

      const sent = await priceAndSend(quote.id)
      expect(sent).toEqual(expect.objectContaining({ status: "sent", can_accept: true, changed_since_sent: false }))
      expect(sent.sent_version).toBe(sent.version)
      expect(sent.items.find((item: any) => item.sku === "MON-USER")).toEqual(
        expect.objectContaining({ unit_price: 8000, subtotal: 16000 })
      )
      await expectMail("bertil@example.se", `Offert ${quote.number} från Monitor`)

      // the customer's view: lines, VAT, validity; no admin facts
      const mine = await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}`, await as("anna"))
      expect(mine.status).toBe(200)
      expect(mine.data.quote).toEqual(
        expect.objectContaining({ status: "sent", can_accept: true, subtotal: 16000 + 4900, tax_total: 5225, total: 26125 })
      )
      expect(mine.data.quote.taxes).toEqual([{ rate: 25, amount: 5225 }])
      expect(mine.data.quote).not.toHaveProperty("draft_order_id")
      const pdf = await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}/pdf`, {
        ...(await as("bertil")),
        responseType: "arraybuffer",
      })
      expect(pdf.status).toBe(200)
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["cache-control"]).toBe("no-store")
      expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
      // the PDF as sent is kept in private storage, like the invoices
      expect((await sql(`select pdf_file_id from quote where id = ?`, [quote.id]))[0].pdf_file_id).toMatch(/^private-\d+-offert-\d+\.pdf$/)

      const terms = await api.post(`/store/companies/${fixtures.nord}/quotes/${quote.id}/accept`, {}, await as("bertil"))
      expect(terms.status).toBe(400)
      expect(Object.keys(terms.data.fields)).toEqual(["accept_terms"])

      const accepted = await accept(quote.id)
      expect(accepted.status).toBe(201)
      const order = accepted.data.order
      expect(order).toEqual(
        expect.objectContaining({
          id: sent.draft_order_id,
          delivery_status: "delivered",
          your_reference: "PO-9001",
          subtotal: 20900,
          total: 26125,
        })
      )
      expect(order.licenses.map((l: any) => [l.product_code, l.seats]).sort()).toEqual([
        ["MON-REPORTS", 1],
        ["MON-USER", 2],
      ])
      expect(order.invoice).toEqual(expect.objectContaining({ status: "unpaid", total: 26125 }))
      // Mina sidor: the invoice and the order are there; the quote reads accepted, by Bertil
      expect((await api.get("/store/company-orders", await as("anna"))).data.orders.map((o: any) => o.id)).toEqual([order.id])
      const after = (await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}`, await as("bertil"))).data.quote
      expect(after).toEqual(
        expect.objectContaining({ status: "accepted", order_id: order.id, decided_by: { name: "Bertil Berg" }, can_accept: false })
      )
      // the invoice payment is authorized, so staff can mark the invoice paid
      expect(await sql(`select count(*)::int as n from payment where deleted_at is null and canceled_at is null`)).toEqual([{ n: 1 }])
      await expectMail("staff@example.se", "har accepterat offerten")
    })

    it("refuses to accept a quote that changed since it was sent or has expired", async () => {
      const quote = await requestQuote()
      const sent = await priceAndSend(quote.id)
      const admin = await staff()
      const line = sent.items.find((item: any) => item.sku === "MON-REPORTS")
      expect((await api.post(`/admin/quotes/${quote.id}/items/${line.id}`, { quantity: 3 }, admin)).status).toBe(200)
      const changed = await accept(quote.id)
      expect(changed.status).toBe(409)
      expect(changed.data.code).toBe("quote_changed")
      const view = (await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}`, await as("bertil"))).data.quote
      expect(view).toEqual(expect.objectContaining({ changed_since_sent: true, can_accept: false }))

      // sent again, then its validity passes
      expect((await api.post(`/admin/quotes/${quote.id}/send`, { valid_until: inDays(10) }, admin)).status).toBe(200)
      await sql(`update quote set valid_until = now() - interval '1 minute' where id = ?`, [quote.id])
      const expired = await accept(quote.id)
      expect(expired.status).toBe(409)
      expect(expired.data.code).toBe("quote_expired")
      const list = await api.get(`/store/company-quotes?status=expired`, await as("bertil"))
      expect(list.data.quotes.map((q: any) => [q.id, q.status])).toEqual([[quote.id, "expired"]])
      expect(await sql(`select count(*)::int as n from company_order`)).toEqual([{ n: 0 }])
      expect(await sql(`select is_draft_order from "order" where id = ?`, [sent.draft_order_id])).toEqual([{ is_draft_order: true }])

      // a validity in the past is refused with a field error
      const past = await api.post(`/admin/quotes/${quote.id}/send`, { valid_until: inDays(-2) }, admin)
      expect(past.status).toBe(400)
      expect(Object.keys(past.data.fields)).toEqual(["valid_until"])
    })

    it("makes one order when the same quote is accepted twice in parallel", async () => {
      const quote = await requestQuote()
      await priceAndSend(quote.id)
      const [first, second] = await Promise.all([accept(quote.id), accept(quote.id, "anna")])
      expect([first.status, second.status].every((status) => status === 200 || status === 201)).toBe(true)
      expect(first.data.order.id).toBe(second.data.order.id)
      expect(await sql(`select count(*)::int as n from "order" where deleted_at is null and is_draft_order = false`)).toEqual([{ n: 1 }])
      expect(await sql(`select count(*)::int as n from company_order`)).toEqual([{ n: 1 }])
      expect(await sql(`select count(*)::int as n from license`)).toEqual([{ n: 2 }])
      expect(await sql(`select count(*)::int as n from invoice where kind = 'invoice'`)).toEqual([{ n: 1 }])
    })

    it("keeps quotes to the company and the roles: a Supportanvändare gets 403, another company's member 404", async () => {
      const quote = await requestQuote()
      await priceAndSend(quote.id)
      const sven = await as("sven")
      const items = [{ variant_id: await variantOf("MON-USER"), quantity: 1 }]
      expect((await api.post(`/store/companies/${fixtures.nord}/quotes`, { items, message: "Hej" }, sven)).status).toBe(403)
      expect((await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}`, sven)).status).toBe(403)
      expect((await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}/pdf`, sven)).status).toBe(403)
      expect((await accept(quote.id, "sven")).status).toBe(403)
      expect((await api.get("/store/company-quotes", sven)).status).toBe(403)
      // Bertil is Supportanvändare in Syd: no quote requests there
      expect((await api.post(`/store/companies/${fixtures.syd}/quotes`, { items, message: "Hej" }, await as("bertil"))).status).toBe(403)

      const david = await as("david")
      expect((await api.get(`/store/companies/${fixtures.nord}/quotes/${quote.id}`, david)).status).toBe(404)
      expect((await api.get(`/store/companies/${fixtures.vast}/quotes/${quote.id}`, david)).status).toBe(404)
      expect((await api.get(`/store/companies/${fixtures.vast}/quotes/${quote.id}/pdf`, david)).status).toBe(404)
      expect((await api.post(`/store/companies/${fixtures.vast}/quotes/${quote.id}/accept`, { accept_terms: true }, david)).status).toBe(
        404
      )
      expect((await api.get(`/store/company-quotes?company_id=${fixtures.nord}`, david)).status).toBe(404)
      expect((await api.get("/store/company-quotes", david)).data).toEqual(expect.objectContaining({ quotes: [], count: 0 }))
      expect(await sql(`select status from quote where id = ?`, [quote.id])).toEqual([{ status: "sent" }])
    })

    it("answers bad requests with field errors and writes nothing", async () => {
      const bertil = await as("bertil")
      const noMessage = await api.post(
        `/store/companies/${fixtures.nord}/quotes`,
        { items: [{ variant_id: await variantOf("MON-USER"), quantity: 1 }] },
        bertil
      )
      expect(noMessage.status).toBe(400)
      expect(Object.keys(noMessage.data.fields)).toEqual(["message"])
      const unknown = await api.post(
        `/store/companies/${fixtures.nord}/quotes`,
        { items: [{ variant_id: "variant_nope", quantity: 1 }], message: "Hej" },
        bertil
      )
      expect(unknown.status).toBe(400)
      expect(Object.keys(unknown.data.fields)).toEqual(["variant_id"])
      const foreignCart = await api.post(`/store/companies/${fixtures.nord}/quotes`, { cart_id: "cart_nope", message: "Hej" }, bertil)
      expect(foreignCart.status).toBe(400)
      expect(await sql(`select count(*)::int as n from quote`)).toEqual([{ n: 0 }])
      expect(await sql(`select count(*)::int as n from "order"`)).toEqual([{ n: 0 }])
    })

    it("still delivers licenses and an invoice when staff convert the draft order in the draft-order UI", async () => {
      const quote = await requestQuote()
      const sent = await priceAndSend(quote.id)
      const converted = await api.post(`/admin/draft-orders/${sent.draft_order_id}/convert-to-order`, {}, await staff())
      expect(converted.status).toBe(200)
      let row: any
      for (let i = 0; i < 60 && row?.delivery_status !== "delivered"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        ;[row] = await sql(`select delivery_status from company_order where order_id = ?`, [sent.draft_order_id])
      }
      expect(row?.delivery_status).toBe("delivered")
      const order = (await api.get(`/store/companies/${fixtures.nord}/orders/${sent.draft_order_id}`, await as("bertil"))).data.order
      expect(order.licenses).toHaveLength(2)
      expect(order.invoice).toEqual(expect.objectContaining({ total: 26125 }))
      const view = (await api.get(`/admin/quotes/${quote.id}`, await staff())).data.quote
      expect(view).toEqual(expect.objectContaining({ status: "accepted", decided_by: { name: expect.stringContaining("Monitor") } }))
    })

    it("reminds seven days before a sent quote ends and tells when it has expired, each once", async () => {
      const quote = await requestQuote()
      await priceAndSend(quote.id, inDays(5))
      await quoteValidityNotices(getContainer())
      await expectMail("bertil@example.se", `Påminnelse: offert ${quote.number}`)
      const count = mail.messagesTo("bertil@example.se").length
      await quoteValidityNotices(getContainer())
      expect(mail.messagesTo("bertil@example.se")).toHaveLength(count)
      await quoteValidityNotices(getContainer(), new Date(Date.now() + 6 * 86_400_000))
      await expectMail("bertil@example.se", `Offert ${quote.number} har gått ut`)
      await expectMail("anna@example.se", `Offert ${quote.number} har gått ut`)
    })
  },
})
