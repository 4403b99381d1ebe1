import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { redeliverPendingOrders } from "@mymonitor/monitor-store/lib/delivery"
import { placeCompanyOrderWorkflow } from "@mymonitor/monitor-store/workflows/place-company-order"
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

type Fixtures = {
  publishableKey: string
  nord: string
  syd: string
  vast: string
  people: Record<"bertil" | "anna" | "david", string>
}

/**
 * Bertil is Användare in Nord and Supportanvändare in Syd; Syd's company price of the user license
 * (7 900) is lower than Nord's (8 900) and the list price (9 900). Anna is Administratör in Nord,
 * David Administratör in Väst.
 */
async function createFixtures(container: MedusaContainer): Promise<Fixtures> {
  const { publishableKey, salesChannel } = await ensureStore(container)
  const variants = await ensureCatalog(container, salesChannel.id)
  const nord = await ensureCompany(container, { name: "Verkstad Nord AB", organisation_number: "556101-2344", customer_number: "10001" })
  const syd = await ensureCompany(container, { name: "Precision Syd AB", organisation_number: "556202-3456", customer_number: "10002" })
  const vast = await ensureCompany(container, { name: "Gjuteri Väst AB", organisation_number: "556303-4567", customer_number: "10003" })
  await ensureCompanyPrices(container, nord, { "MON-USER": 8900, "MON-REPORTS": 4400 }, variants)
  await ensureCompanyPrices(container, syd, { "MON-USER": 7900 }, variants)
  await ensureBillingProfile(container, nord, {
    address_line_1: "Industrigatan 12",
    postal_code: "972 38",
    city: "Luleå",
    vat_number: "SE556101234401",
    invoice_email: "faktura@verkstadnord.se",
    payment_terms_days: 30,
  })
  const people = {
    bertil: await ensurePortalUser(container, { email: "bertil@example.se", first_name: "Bertil", last_name: "Berg" }, PASSWORD),
    anna: await ensurePortalUser(container, { email: "anna@example.se", first_name: "Anna", last_name: "Andersson" }, PASSWORD),
    david: await ensurePortalUser(container, { email: "david@example.se", first_name: "David", last_name: "Dahl" }, PASSWORD),
  }
  for (const email of ["bertil@example.se", "anna@example.se", "david@example.se"]) await ensureTotpFactor(container, email)
  await ensureMembership(container, nord.id, people.bertil.id, "user")
  await ensureMembership(container, syd.id, people.bertil.id, "support")
  await ensureMembership(container, nord.id, people.anna.id, "admin")
  await ensureMembership(container, vast.id, people.david.id, "admin")
  await ensureVendorAdmin(container, "staff@example.se", PASSWORD)
  return {
    publishableKey,
    nord: nord.id,
    syd: syd.id,
    vast: vast.id,
    people: { bertil: people.bertil.id, anna: people.anna.id, david: people.david.id },
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let fixtures: Fixtures
    const as = async (person: "bertil" | "anna" | "david") => ({
      headers: {
        authorization: `Bearer ${await completePortalSession(api, getContainer(), `${person}@example.se`, PASSWORD)}`,
        "x-publishable-api-key": fixtures.publishableKey,
      },
      validateStatus: () => true,
    })
    const sql = async (query: string, params: (string | number | Date | null)[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(query, params)).rows as any[]
    const variantOf = async (sku: string) =>
      (await sql(`select id from product_variant where sku = ? and deleted_at is null`, [sku]))[0].id as string
    const products = async (person: "bertil" | "anna" | "david", companyId: string) =>
      api.get(`/store/companies/${companyId}/products`, await as(person))
    const priceOf = (response: any, sku: string) =>
      response.data.products.flatMap((p: any) => p.variants).find((v: any) => v.sku === sku)?.price
    const openCart = async (person: "bertil" | "anna" | "david", companyId: string) => {
      const response = await api.post(`/store/companies/${companyId}/carts`, {}, await as(person))
      expect({ status: response.status, data: response.status === 200 ? "cart" : response.data }).toEqual({ status: 200, data: "cart" })
      return response.data.cart
    }
    const addLine = async (person: "bertil" | "anna" | "david", companyId: string, cartId: string, sku: string, quantity: number) =>
      api.post(`/store/companies/${companyId}/carts/${cartId}/line-items`, { variant_id: await variantOf(sku), quantity }, await as(person))
    const complete = async (
      person: "bertil" | "anna" | "david",
      companyId: string,
      cartId: string,
      body: object = { accept_terms: true }
    ) => api.post(`/store/companies/${companyId}/carts/${cartId}/complete`, body, await as(person))

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

    describe("the company catalog", () => {
      it("prices with the company's own price list and shows 25 % moms beside the price, never another company's price", async () => {
        const nord = await products("bertil", fixtures.nord)
        expect(nord.status).toBe(200)
        expect(nord.data.company).toEqual({ id: fixtures.nord, name: "Verkstad Nord AB" })
        expect(priceOf(nord, "MON-USER")).toEqual(
          expect.objectContaining({
            amount: 8900,
            tax_rate: 25,
            tax_amount: 2225,
            amount_with_tax: 11125,
            is_company_price: true,
            currency_code: "sek",
          })
        )
        expect(priceOf(nord, "MON-API")).toEqual(expect.objectContaining({ amount: 24900, is_company_price: false }))
        const user = nord.data.products.find((p: any) => p.handle === "monitor-anvandarlicens")
        expect(user.category).toBe("user_license")
        expect(user.variants[0].license_terms).toEqual(
          expect.objectContaining({ product_code: "MON-USER", kind: "named_user", seats: 1, term: "perpetual", delivers_license: true })
        )
        // Bertil is only Supportanvändare in Syd: no store there, so Syd's lower price never reaches him.
        expect((await products("bertil", fixtures.syd)).status).toBe(403)
        // Core's catalog has no company in its context: list prices only, for everyone.
        const core = await api.get(
          `/store/products?fields=*variants.calculated_price&region_id=${(await sql(`select id from region where currency_code = 'sek'`))[0].id}`,
          await as("bertil")
        )
        expect(core.status).toBe(200)
        const coreUser = core.data.products.find((p: any) => p.handle === "monitor-anvandarlicens")
        expect(coreUser.variants[0].calculated_price.calculated_amount).toBe(9900)
        // A member of another company: not found.
        expect((await products("david", fixtures.nord)).status).toBe(404)
      })
    })

    describe("Företagspriser (vendor staff)", () => {
      it("gives a company its own prices, which its buyers see at once, and removes them again", async () => {
        const token = await completeStaffSession(api as any, getContainer(), "staff@example.se", PASSWORD)
        const staff = { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true }
        const before = await api.get(`/admin/companies/${fixtures.vast}/prices`, staff)
        expect(before.status).toBe(200)
        expect(before.data.price_list).toBeNull()
        const apiLicense = before.data.prices.find((row: any) => row.sku === "MON-API")
        expect(apiLicense).toEqual(expect.objectContaining({ list_amount: 24900, amount: null }))

        const set = await api.post(
          `/admin/companies/${fixtures.vast}/prices`,
          { prices: [{ variant_id: apiLicense.variant_id, amount: 19900 }] },
          staff
        )
        expect(set.status).toBe(200)
        expect(set.data.price_list.title).toBe("Företagspriser – Gjuteri Väst AB")
        expect(priceOf(await products("david", fixtures.vast), "MON-API")).toEqual(
          expect.objectContaining({ amount: 19900, is_company_price: true })
        )
        // Nord is untouched
        expect(priceOf(await products("bertil", fixtures.nord), "MON-API")).toEqual(
          expect.objectContaining({ amount: 24900, is_company_price: false })
        )

        const bad = await api.post(
          `/admin/companies/${fixtures.vast}/prices`,
          { prices: [{ variant_id: apiLicense.variant_id, amount: -1 }] },
          staff
        )
        expect(bad.status).toBe(400)
        expect(Object.keys(bad.data.fields)).toEqual(["prices.0.amount"])

        await api.post(`/admin/companies/${fixtures.vast}/prices`, { prices: [{ variant_id: apiLicense.variant_id, amount: null }] }, staff)
        expect(priceOf(await products("david", fixtures.vast), "MON-API")).toEqual(
          expect.objectContaining({ amount: 24900, is_company_price: false })
        )
      })
    })

    describe("cart and checkout", () => {
      it("keeps one open cart per buyer and company, prices every change for the company, places the order with licenses, invoice and mail", async () => {
        const cart = await openCart("bertil", fixtures.nord)
        expect((await openCart("bertil", fixtures.nord)).id).toBe(cart.id)
        expect((await addLine("bertil", fixtures.nord, cart.id, "MON-USER", 2)).status).toBe(200)
        const withAddon = await addLine("bertil", fixtures.nord, cart.id, "MON-REPORTS", 1)
        expect(withAddon.status).toBe(200)
        const userLine = withAddon.data.cart.items.find((item: any) => item.sku === "MON-USER")
        expect(userLine.unit_price).toBe(8900)
        // a changed quantity is repriced in Nord's context: still 8 900, never Syd's 7 900
        const changed = await api.post(
          `/store/companies/${fixtures.nord}/carts/${cart.id}/line-items/${userLine.id}`,
          { quantity: 3 },
          await as("bertil")
        )
        expect(changed.status).toBe(200)
        expect(changed.data.cart.items.find((item: any) => item.sku === "MON-USER")).toEqual(
          expect.objectContaining({ quantity: 3, unit_price: 8900, subtotal: 26700 })
        )
        expect(changed.data.cart).toEqual(
          expect.objectContaining({ subtotal: 31100, tax_total: 7775, total: 38875, taxes: [{ rate: 25, amount: 7775 }] })
        )

        const terms = await complete("bertil", fixtures.nord, cart.id, { your_reference: "PO-7781" })
        expect(terms.status).toBe(400)
        expect(Object.keys(terms.data.fields)).toEqual(["accept_terms"])

        const placed = await complete("bertil", fixtures.nord, cart.id, { your_reference: "PO-7781", accept_terms: true })
        expect(placed.status).toBe(201)
        const order = placed.data.order
        expect(order).toEqual(
          expect.objectContaining({
            company: { id: fixtures.nord, name: "Verkstad Nord AB" },
            your_reference: "PO-7781",
            delivery_status: "delivered",
            subtotal: 31100,
            tax_total: 7775,
            total: 38875,
          })
        )
        expect(order.licenses.map((l: any) => [l.product_code, l.seats, l.status]).sort()).toEqual([
          ["MON-REPORTS", 1, "active"],
          ["MON-USER", 3, "active"],
        ])
        expect(order.licenses.every((l: any) => /^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/.test(l.license_key))).toBe(true)
        expect(order.invoice).toEqual(expect.objectContaining({ status: "unpaid", total: 38875 }))

        // the buyer's confirmation with the keys, once
        const confirmation = await mail.latestTo("bertil@example.se")
        expect(confirmation.subject).toContain(`Orderbekräftelse ${order.order_number}`)
        for (const license of order.licenses) expect(confirmation.text).toContain(license.license_key)

        // the cart is closed: a new one opens
        expect((await addLine("bertil", fixtures.nord, cart.id, "MON-USER", 1)).status).toBe(409)
        expect((await openCart("bertil", fixtures.nord)).id).not.toBe(cart.id)

        // Mina sidor: a colleague who is Administratör in Nord sees the order; David (Väst) does not
        const annas = await api.get("/store/company-orders", await as("anna"))
        expect(annas.status).toBe(200)
        expect(annas.data.orders.map((o: any) => [o.id, o.buyer.email, o.invoice?.number ?? null])).toEqual([
          [order.id, "bertil@example.se", order.invoice.number],
        ])
        expect((await api.get(`/store/companies/${fixtures.nord}/orders/${order.id}`, await as("anna"))).data.order.licenses).toHaveLength(
          2
        )
        const davids = await api.get("/store/company-orders", await as("david"))
        expect(davids.data).toEqual(expect.objectContaining({ orders: [], count: 0 }))
        expect((await api.get(`/store/company-orders?company_id=${fixtures.nord}`, await as("david"))).status).toBe(404)
        expect((await api.get(`/store/companies/${fixtures.vast}/orders/${order.id}`, await as("david"))).status).toBe(404)
        expect((await api.get(`/store/companies/${fixtures.nord}/orders/${order.id}`, await as("david"))).status).toBe(404)
      })

      it("answers 404 for another customer's cart at every step, and 403 to a role without the store", async () => {
        const cart = await openCart("bertil", fixtures.nord)
        expect((await addLine("bertil", fixtures.nord, cart.id, "MON-USER", 1)).status).toBe(200)
        const line = (await api.get(`/store/companies/${fixtures.nord}/carts/${cart.id}`, await as("bertil"))).data.cart.items[0]
        const anna = await as("anna")
        const base = `/store/companies/${fixtures.nord}/carts/${cart.id}`
        const answers = [
          (await api.get(base, anna)).status,
          (await api.post(`${base}/line-items`, { variant_id: await variantOf("MON-USER"), quantity: 1 }, anna)).status,
          (await api.post(`${base}/line-items/${line.id}`, { quantity: 5 }, anna)).status,
          (await api.delete(`${base}/line-items/${line.id}`, anna)).status,
          (await api.post(`${base}/complete`, { accept_terms: true }, anna)).status,
        ]
        expect(answers).toEqual([404, 404, 404, 404, 404])
        // David's own company in the URL, Bertil's cart id: not found
        expect(
          (await api.post(`/store/companies/${fixtures.vast}/carts/${cart.id}/complete`, { accept_terms: true }, await as("david"))).status
        ).toBe(404)
        // core carts are closed to portal users
        expect((await api.post(`/store/carts/${cart.id}/complete`, {}, await as("bertil"))).data.code).toBe("closed")
        // nothing changed
        const after = await api.get(base, await as("bertil"))
        expect(after.data.cart.items.map((item: any) => item.quantity)).toEqual([1])
        expect(await sql(`select count(*)::int as n from company_order`)).toEqual([{ n: 0 }])
      })

      it("checks the role again before placing the order", async () => {
        const cart = await openCart("bertil", fixtures.nord)
        await addLine("bertil", fixtures.nord, cart.id, "MON-USER", 1)
        await sql(`update membership set role = 'support' where customer_id = ? and company_id = ?`, [
          fixtures.people.bertil,
          fixtures.nord,
        ])
        const refused = await complete("bertil", fixtures.nord, cart.id)
        expect(refused.status).toBe(403)
        expect(await sql(`select count(*)::int as n from "order"`)).toEqual([{ n: 0 }])
      })
    })

    describe("exactly once", () => {
      it("gives one order, one license set and one invoice when the same cart is completed twice in parallel", async () => {
        const cart = await openCart("bertil", fixtures.nord)
        await addLine("bertil", fixtures.nord, cart.id, "MON-USER", 2)
        const headers = await as("bertil")
        const [first, second] = await Promise.all([
          api.post(`/store/companies/${fixtures.nord}/carts/${cart.id}/complete`, { accept_terms: true }, headers),
          api.post(`/store/companies/${fixtures.nord}/carts/${cart.id}/complete`, { accept_terms: true }, headers),
        ])
        expect([first.status, second.status].sort()).toEqual(expect.arrayContaining([201]))
        expect(first.data.order.id).toBe(second.data.order.id)
        expect(await sql(`select count(*)::int as n from "order" where deleted_at is null`)).toEqual([{ n: 1 }])
        expect(await sql(`select count(*)::int as n from company_order`)).toEqual([{ n: 1 }])
        expect(await sql(`select count(*)::int as n from license`)).toEqual([{ n: 1 }])
        expect(await sql(`select count(*)::int as n from invoice where kind = 'invoice'`)).toEqual([{ n: 1 }])
        // a third call later answers the same order
        const again = await complete("bertil", fixtures.nord, cart.id)
        expect(again.status).toBe(200)
        expect(again.data.order.id).toBe(first.data.order.id)
      })

      it("numbers the invoices of many side-by-side checkouts without a gap, also when one fails to invoice until redelivered", async () => {
        // A real database refusal of one invoice (its "Er referens"), not a mocked service.
        await sql(`create or replace function refuse_test_invoice() returns trigger language plpgsql as $$
          begin
            if new.your_reference = 'Avbryt fakturan' then raise exception 'invoice refused by the test'; end if;
            return new;
          end $$`)
        await sql(`create trigger refuse_test_invoice before insert on invoice for each row execute function refuse_test_invoice()`)
        const buyers = [
          ["bertil", fixtures.nord],
          ["anna", fixtures.nord],
          ["david", fixtures.vast],
        ] as const
        const WAVES = 4
        for (let wave = 0; wave < WAVES; wave++) {
          await Promise.all(
            buyers.map(async ([person, companyId], index) => {
              const orderNumber = wave * buyers.length + index
              const cart = await openCart(person, companyId)
              await addLine(person, companyId, cart.id, "MON-USER", 1)
              const your_reference = orderNumber === 7 ? "Avbryt fakturan" : `PO-${orderNumber}`
              const placed = await complete(person, companyId, cart.id, { accept_terms: true, your_reference })
              expect(placed.status).toBe(201)
            })
          )
        }
        const orders = WAVES * buyers.length
        const invoiceNumbers = async () =>
          (await sql(`select number from invoice where series = 'invoice' order by number`)).map((row) => Number(row.number))
        const consecutive = (numbers: number[]) => numbers.every((number, index) => number === numbers[0] + index)

        const before = await invoiceNumbers()
        expect(before).toHaveLength(orders - 1)
        expect(consecutive(before)).toBe(true)
        expect(await sql(`select your_reference from company_order where delivery_status = 'pending'`)).toEqual([
          { your_reference: "Avbryt fakturan" },
        ])

        await sql(`drop trigger refuse_test_invoice on invoice`)
        expect(await redeliverPendingOrders(getContainer(), new Date(Date.now() + 120_000))).toEqual({ pending: 1, delivered: 1 })
        const after = await invoiceNumbers()
        expect(after).toHaveLength(orders)
        expect(consecutive(after)).toBe(true)
        expect(await sql(`select count(*)::int as n from license`)).toEqual([{ n: orders }])
      })

      it("completes a delivery a crash left pending on the redelivery job's next run", async () => {
        const cart = await openCart("bertil", fixtures.nord)
        await addLine("bertil", fixtures.nord, cart.id, "MON-USER", 1)
        await addLine("bertil", fixtures.nord, cart.id, "TRN-BASIC", 1)
        // the order is placed and the process dies before delivering (the route's next step)
        const { result } = await placeCompanyOrderWorkflow(getContainer()).run({
          input: {
            cart_id: cart.id,
            company_id: fixtures.nord,
            customer_id: fixtures.people.bertil,
            your_reference: null,
            terms_accepted_at: new Date(),
          },
        })
        expect(result.delivery_status).toBe("pending")
        expect(await sql(`select count(*)::int as n from license`)).toEqual([{ n: 0 }])
        // within the grace period nothing is raced
        expect(await redeliverPendingOrders(getContainer())).toEqual({ pending: 0, delivered: 0 })
        expect(await redeliverPendingOrders(getContainer(), new Date(Date.now() + 120_000))).toEqual({ pending: 1, delivered: 1 })
        expect(await redeliverPendingOrders(getContainer(), new Date(Date.now() + 120_000))).toEqual({ pending: 0, delivered: 0 })
        // training delivers no license; the invoice has both lines
        expect(await sql(`select product_code from license`)).toEqual([{ product_code: "MON-USER" }])
        expect(await sql(`select count(*)::int as n from invoice_line`)).toEqual([{ n: 2 }])
        const view = await api.get(`/store/companies/${fixtures.nord}/orders/${result.order_id}`, await as("bertil"))
        expect(view.data.order.delivery_status).toBe("delivered")
      })
    })
  },
})
