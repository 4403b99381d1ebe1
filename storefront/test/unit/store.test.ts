jest.mock("next/headers", () => ({ headers: async () => new Headers() }))

import { readInvoice } from "@/lib/data/invoices"
import { readLicense } from "@/lib/data/licenses"
import { fetchBackendFile, invoicePdfPath } from "@/lib/data/downloads"
import { addLineItem, completeCart, listCompanyOrders, openCart, readCart, readOrder, readProduct } from "@/lib/data/store"
import { chooseCompany, companiesWithArea, single } from "@/modules/common/company-choice"
import { formatDate, formatMoney, formatRate } from "@/modules/common/format"
import { invoicePdfHref, licenseFileHref, licensesCsvHref } from "@/modules/my-pages/download-links"
import { groupByCategory } from "@/modules/store/catalog-groups"

const membership = (id: string, name: string, role: string) => ({
  id,
  name,
  role,
  organisation_number: "",
  customer_number: "",
  membership_id: `mem_${id}`,
})

describe("the store's data layer reads the backend's answers", () => {
  it("reads a product with the company's price and what its license covers", () => {
    const product = readProduct({
      id: "prod_1",
      title: "Monitor ERP – användarlicens",
      handle: "monitor-anvandarlicens",
      category: "user_license",
      variants: [
        {
          id: "variant_1",
          title: "Standard",
          sku: "MON-USER",
          license_terms: { product_code: "MON-USER", category: "user_license", kind: "named_user", seats: 1, term: "perpetual" },
          price: {
            amount: 8900,
            amount_with_tax: 11125,
            tax_amount: 2225,
            tax_rate: 25,
            currency_code: "sek",
            is_company_price: true,
            original_amount: 9900,
          },
        },
      ],
    })
    expect(product.category).toBe("user_license")
    expect(product.variants[0].price).toEqual({
      amount: 8900,
      amount_with_tax: 11125,
      tax_amount: 2225,
      tax_rate: 25,
      currency_code: "sek",
      is_company_price: true,
      original_amount: 9900,
    })
    expect(product.variants[0].license_terms).toMatchObject({ kind: "named_user", seats: 1, term: "perpetual", delivers_license: true })
  })

  it("answers null for a variant without a price or terms, and an unknown category as none", () => {
    const product = readProduct({ id: "p", title: "X", category: "something", variants: [{ id: "v", title: "S", price: null }] })
    expect(product.category).toBeNull()
    expect(product.variants[0].price).toBeNull()
    expect(product.variants[0].license_terms).toBeNull()
  })

  it("reads a cart, counting its items when the backend gives no count", () => {
    const cart = readCart({
      id: "cart_1",
      company_id: "comp_1",
      items: [
        { id: "li_1", variant_id: "v1", product_title: "A", quantity: 2, unit_price: 100, subtotal: 200, tax_total: 50, total: 250 },
        { id: "li_2", variant_id: "v2", product_title: "B", quantity: 1, unit_price: 10, subtotal: 10, tax_total: 2.5, total: 12.5 },
      ],
      subtotal: 210,
      tax_total: 52.5,
      total: 262.5,
      taxes: [{ rate: 25, amount: 52.5 }],
    })
    expect(cart.item_count).toBe(3)
    expect(cart.taxes).toEqual([{ rate: 25, amount: 52.5 }])
    expect(readCart(undefined).items).toEqual([])
  })

  it("reads an order with its licenses and invoice", () => {
    const order = readOrder({
      id: "order_1",
      order_number: "MS-1001",
      company: { id: "comp_1", name: "Verkstad Nord AB" },
      placed_at: "2026-12-04T10:00:00Z",
      buyer: { name: "Bertil Berg", email: "bertil@verkstadnord.se" },
      your_reference: "PO-77",
      total: 11125,
      item_count: 1,
      delivery_status: "delivered",
      invoice: { id: "invc_1", number: 100001, status: "unpaid" },
      items: [{ id: "li", product_title: "A", quantity: 1, unit_price: 8900, subtotal: 8900, tax_total: 2225, total: 11125 }],
      licenses: [{ id: "lic_1", license_key: "ABCD-EFGH", product_title: "A", kind: "named_user", seats: 1, term: "perpetual" }],
    })
    expect(order.invoice).toEqual({ id: "invc_1", number: "100001", status: "unpaid" })
    expect(order.licenses[0].license_key).toBe("ABCD-EFGH")
    expect(order.your_reference).toBe("PO-77")
    expect(order.company.name).toBe("Verkstad Nord AB")
  })

  it("reads licenses and invoices of Mina sidor", () => {
    expect(
      readLicense({ id: "l", company: { id: "c", name: "N" }, status: "expiring_soon", term: "yearly", valid_until: "2027-12-04" })
    ).toMatchObject({
      status: "expiring",
      renewal_date: "2027-12-04",
    })
    expect(readInvoice({ id: "i", number: 100001, company_id: "c", status: "paid", total: 1112550 })).toMatchObject({
      number: "100001",
      total: 11125.5,
      company: { id: "c" },
    })
  })
})

describe("the store's pages", () => {
  it("groups the catalog by category in the product's order", () => {
    const product = (id: string, category: string | null) => readProduct({ id, title: id, category, variants: [] })
    const groups = groupByCategory([
      product("a", "service"),
      product("b", "user_license"),
      product("c", null),
      product("d", "addon_module"),
    ])
    expect(groups.map((group) => [group.category, group.products.map((p) => p.id)])).toEqual([
      ["user_license", ["b"]],
      ["addon_module", ["d"]],
      ["service", ["a"]],
      [null, ["c"]],
    ])
  })

  it("offers only the companies where a role grants the area, and refuses another company", () => {
    const session = {
      companies: [membership("syd", "Precision Syd AB", "support"), membership("nord", "Verkstad Nord AB", "user")],
      roleAreas: {
        admin: ["support", "my_pages", "store", "user_management"],
        user: ["support", "my_pages", "store"],
        support: ["support"],
      },
    }
    const companies = companiesWithArea(session, "store", "sv")
    expect(companies.map((company) => company.id)).toEqual(["nord"])
    expect(chooseCompany(companies, undefined)?.id).toBe("nord")
    expect(chooseCompany(companies, "nord")?.id).toBe("nord")
    expect(chooseCompany(companies, "syd")).toBeUndefined()
    expect(chooseCompany([], undefined)).toBeNull()
    expect(single(["a", "b"])).toBe("a")
    expect(single("  ")).toBeUndefined()
  })

  it("formats kronor, VAT rates and dates", () => {
    expect(formatMoney(8900, "sv").replace(/\s/g, " ")).toBe("8 900 kr")
    expect(formatMoney(2225.5, "sv").replace(/\s/g, " ")).toBe("2 225,50 kr")
    expect(formatRate(25, "sv")).toBe("25 %")
    expect(formatRate(25, "en")).toBe("25%")
    expect(formatDate("2026-12-04", "sv")).toBe("2026-12-04")
    expect(formatDate("2026-12-04T23:30:00Z", "sv")).toBe("2026-12-05")
    expect(formatDate(null, "sv")).toBe("–")
  })

  it("links downloads to the storefront's own route handlers, never to the backend", () => {
    expect(licenseFileHref("sv", "comp 1", "lic_1")).toBe("/sv/mina-sidor/licenser/fil/comp%201/lic_1")
    expect(invoicePdfHref("en", "comp_1", "invc_1")).toBe("/en/mina-sidor/fakturor/pdf/comp_1/invc_1")
    expect(licensesCsvHref("sv", {})).toBe("/sv/mina-sidor/licenser/export")
    expect(licensesCsvHref("sv", { company: "c", status: "active" })).toBe("/sv/mina-sidor/licenser/export?company=c&status=active")
  })
})

describe("the store's calls", () => {
  let calls: { url: string; init: RequestInit }[] = []
  function answer(status: number, body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} })
      return new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers })
    }) as typeof fetch
  }
  beforeEach(() => {
    calls = []
    process.env.MEDUSA_BACKEND_URL = "http://backend.test"
  })

  it("opens the company's cart with POST and adds a line to it", async () => {
    answer(200, { cart: { id: "cart_1", items: [] } })
    const cart = await openCart("tok", "comp_1")
    expect(cart).toMatchObject({ ok: true, data: { id: "cart_1" } })
    await addLineItem("tok", "comp_1", "cart_1", "variant_1", 2)
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ["POST", "http://backend.test/store/companies/comp_1/carts"],
      ["POST", "http://backend.test/store/companies/comp_1/carts/cart_1/line-items"],
    ])
    expect(JSON.parse(String(calls[1].init.body))).toEqual({ variant_id: "variant_1", quantity: 2 })
    expect((calls[1].init.headers as Record<string, string>).authorization).toBe("Bearer tok")
  })

  it("completes the cart with the reference and the accepted terms, and passes the backend's field errors on", async () => {
    answer(400, {
      code: "terms_not_accepted",
      message: { sv: "Godkänn villkoren.", en: "Accept the terms." },
      fields: { accept_terms: [{ sv: "Godkänn villkoren.", en: "Accept the terms." }] },
    })
    const result = await completeCart("tok", "comp_1", "cart_1", { your_reference: "PO-77", accept_terms: true })
    expect(calls[0].url).toBe("http://backend.test/store/companies/comp_1/carts/cart_1/complete")
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ your_reference: "PO-77", accept_terms: true })
    expect(result).toMatchObject({ ok: false, code: "rejected", status: 400, error: { code: "terms_not_accepted" } })
  })

  it("lists the orders of one company or of all", async () => {
    answer(200, { orders: [], count: 0, limit: 50, offset: 0 })
    await listCompanyOrders("tok", { companyId: "comp_1", page: 1 })
    await listCompanyOrders("tok")
    expect(calls.map((call) => call.url)).toEqual([
      "http://backend.test/store/company-orders?company_id=comp_1&limit=50&offset=50",
      "http://backend.test/store/company-orders?limit=50&offset=0",
    ])
  })

  it("fetches a file with the session and leaves its body unread; a refusal is a failure value", async () => {
    answer(200, "%PDF-1.7", { "content-type": "application/pdf", "content-disposition": 'attachment; filename="faktura-100001.pdf"' })
    const file = await fetchBackendFile("tok", invoicePdfPath("comp_1", "invc_1"))
    expect(calls[0].url).toBe("http://backend.test/store/companies/comp_1/invoices/invc_1/pdf")
    expect(file.ok).toBe(true)
    if (file.ok) {
      expect(file.response.headers.get("content-type")).toBe("application/pdf")
      expect(await file.response.text()).toBe("%PDF-1.7")
    }
    answer(404, { code: "not_found", message: { sv: "Finns inte.", en: "Not found." } })
    expect(await fetchBackendFile("tok", invoicePdfPath("comp_2", "invc_1"))).toMatchObject({ ok: false, code: "rejected", status: 404 })
  })
})
