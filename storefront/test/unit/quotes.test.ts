jest.mock("next/headers", () => ({ headers: async () => new Headers() }))

import en from "../../messages/en.json"
import sv from "../../messages/sv.json"
import { quotePdfPath } from "@/lib/data/downloads"
import {
  acceptQuote,
  declineQuote,
  listCompanyQuotes,
  QUOTE_STATUSES,
  readQuote,
  readQuoteSummary,
  replyToQuote,
  requestQuote,
} from "@/lib/data/quotes"
import { quotePdfHref } from "@/modules/my-pages/download-links"
import {
  MAX_QUOTE_MESSAGE_LENGTH,
  pageIndex,
  fieldFailure,
  QUOTE_CONFLICT_CODES,
  quoteAcceptErrors,
  quoteActions,
  quoteFormError,
  quoteNotice,
  quoteQuantity,
  quoteReplyErrors,
  quoteRequestErrors,
  quoteStatusFilter,
  quoteStatusKey,
} from "@/modules/quotes/quote-rules"

/** A quote as plugins/quotes/README.md shapes it (QuoteView). */
const VIEW = {
  id: "quo_1",
  number: "1001",
  company: { id: "comp_nord", name: "Verkstad Nord AB" },
  status: "sent",
  requested_at: "2026-12-06T09:00:00Z",
  requested_by: { name: "Bertil Berg", email: "bertil@verkstadnord.se" },
  valid_until: "2027-01-05T22:59:59.999Z",
  your_reference: "PO-77",
  currency_code: "sek",
  item_count: 3,
  subtotal: 22500,
  tax_total: 5625,
  total: 28125,
  order_id: null,
  items: [
    {
      id: "ordli_1",
      product_title: "Monitor ERP – användarlicens",
      variant_title: "Standard",
      sku: "MON-USER",
      quantity: 3,
      unit_price: 7500,
      subtotal: 22500,
      tax_total: 5625,
      total: 28125,
    },
  ],
  taxes: [{ rate: 25, amount: 5625 }],
  messages: [
    {
      id: "qmsg_1",
      author_type: "customer",
      author_name: "Bertil Berg",
      text: "Pris för tre licenser?",
      created_at: "2026-12-06T09:00:00Z",
    },
    { id: "qmsg_2", author_type: "staff", author_name: "Sara Säljare", text: "Här är ert pris.", created_at: "2026-12-06T10:00:00Z" },
  ],
  sent_at: "2026-12-06T10:00:00Z",
  decided_at: null,
  decided_by: null,
  can_accept: true,
  changed_since_sent: false,
}

type Messages = { [key: string]: string | Messages }
const lookup = (messages: Messages, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Messages)[key] : undefined), messages)

describe("the quotes' data layer reads the contract's shapes", () => {
  it("reads a quote with its lines, VAT, thread and what may be done with it", () => {
    const quote = readQuote(VIEW)
    expect(quote).toMatchObject({
      id: "quo_1",
      number: "1001",
      company: { id: "comp_nord", name: "Verkstad Nord AB" },
      status: "sent",
      requested_by: { name: "Bertil Berg", email: "bertil@verkstadnord.se" },
      valid_until: "2027-01-05T22:59:59.999Z",
      your_reference: "PO-77",
      subtotal: 22500,
      tax_total: 5625,
      total: 28125,
      order_id: null,
      can_accept: true,
      changed_since_sent: false,
      decided_by: null,
    })
    expect(quote.items).toEqual([VIEW.items[0]])
    expect(quote.taxes).toEqual([{ rate: 25, amount: 5625 }])
    expect(quote.messages.map((message) => [message.author_type, message.author_name])).toEqual([
      ["customer", "Bertil Berg"],
      ["staff", "Sara Säljare"],
    ])
  })

  it("reads amounts as kronor, as they are (no öre conversion like the invoices')", () => {
    expect(readQuoteSummary({ id: "q", total: 28125, subtotal: "22500" })).toMatchObject({ total: 28125, subtotal: 22500 })
  })

  it("is tolerant: a missing field is a default, a flag is true only when the backend says true", () => {
    const quote = readQuote({
      id: "q",
      display_id: 1002,
      company_id: "c",
      can_accept: "yes",
      messages: [{ id: "m", author_type: "robot" }],
    })
    expect(quote.number).toBe("1002")
    expect(quote.company).toEqual({ id: "c", name: "" })
    expect(quote.can_accept).toBe(false)
    expect(quote.changed_since_sent).toBe(false)
    expect(quote.messages[0].author_type).toBe("customer")
    expect(quote.items).toEqual([])
    expect(quote.valid_until).toBeNull()
    expect(readQuote(undefined).id).toBe("")
    expect(readQuote({ decided_by: { name: "Bertil Berg" } }).decided_by).toEqual({ name: "Bertil Berg" })
  })
})

describe("the quotes' status words", () => {
  it("are the six of the contract, in Swedish and English as the product names them", () => {
    expect([...QUOTE_STATUSES]).toEqual(["requested", "sent", "accepted", "declined", "expired", "cancelled"])
    expect(QUOTE_STATUSES.map((status) => sv.quotes.status[status])).toEqual([
      "Begärd",
      "Skickad",
      "Accepterad",
      "Avböjd",
      "Utgången",
      "Avbruten",
    ])
    expect(QUOTE_STATUSES.map((status) => en.quotes.status[status])).toEqual([
      "Requested",
      "Sent",
      "Accepted",
      "Declined",
      "Expired",
      "Cancelled",
    ])
  })

  it("maps an unknown word to 'unknown' and never passes it on as a filter", () => {
    expect(quoteStatusKey("sent")).toBe("sent")
    expect(quoteStatusKey("draft")).toBe("unknown")
    expect(quoteStatusKey("")).toBe("unknown")
    expect(quoteStatusFilter("expired")).toBe("expired")
    expect(quoteStatusFilter("__proto__")).toBeUndefined()
    expect(quoteStatusFilter(undefined)).toBeUndefined()
  })

  it("uses the product's words for the page, the columns and the buttons", () => {
    expect(sv.myPages.tabs.quotes).toBe("Offerter")
    expect(en.myPages.tabs.quotes).toBe("Quotes")
    expect(Object.values(sv.quotes.columns)).toEqual(["Offert", "Företag", "Status", "Begärd", "Giltig till", "Summa inkl. moms"])
    expect([sv.quotes.request.open, sv.quotes.accept, sv.quotes.decline, sv.quotes.replyTitle, sv.quotes.toPay]).toEqual([
      "Begär offert",
      "Acceptera offert",
      "Avböj offert",
      "Svara",
      "Att betala",
    ])
    expect([en.quotes.request.open, en.quotes.accept, en.quotes.decline, en.quotes.columns.validUntil]).toEqual([
      "Request quote",
      "Accept quote",
      "Decline quote",
      "Valid until",
    ])
    expect([sv.quotes.request.message, sv.quotes.request.reference, sv.quotes.details.reference]).toEqual([
      "Meddelande",
      "Er referens",
      "Er referens",
    ])
  })
})

describe("the quote forms' rules", () => {
  it("requires a message for 'Begär offert' and keeps 'Er referens' optional but short", () => {
    expect(MAX_QUOTE_MESSAGE_LENGTH).toBe(4000)
    expect(quoteRequestErrors({ message: "Pris för tre licenser?", your_reference: "" })).toEqual({})
    expect(quoteRequestErrors({ message: "x".repeat(MAX_QUOTE_MESSAGE_LENGTH), your_reference: "" })).toEqual({})
    expect(quoteRequestErrors({ message: "  ", your_reference: "" })).toEqual({ message: ["#quoteMessageMissing"] })
    expect(quoteRequestErrors({ message: "x".repeat(MAX_QUOTE_MESSAGE_LENGTH + 1), your_reference: "" })).toEqual({
      message: ["#quoteMessageTooLong"],
    })
    expect(quoteRequestErrors({ message: "Hej", your_reference: "R".repeat(101) })).toEqual({ your_reference: ["#referenceTooLong"] })
    expect(quoteRequestErrors({ message: "Hej", your_reference: "R".repeat(100) })).toEqual({})
  })

  it("checks the catalog's quantity (whole 1–999) only when one is sent", () => {
    expect(quoteRequestErrors({ message: "Hej", your_reference: "", quantity: "5" })).toEqual({})
    for (const bad of ["0", "1000", "2.5", "-1", "", "tre"]) {
      expect(quoteRequestErrors({ message: "Hej", your_reference: "", quantity: bad })).toEqual({ quantity: ["#quantityInvalid"] })
    }
    expect(quoteQuantity(" 12 ")).toBe(12)
    expect(quoteQuantity("999")).toBe(999)
    expect(quoteQuantity("1e2")).toBeUndefined()
  })

  it("requires a reply's text and the accepted terms", () => {
    expect(quoteReplyErrors("Tack!")).toEqual({})
    expect(quoteReplyErrors(" \n ")).toEqual({ text: ["#replyMissing"] })
    expect(quoteAcceptErrors("on")).toEqual({})
    expect(quoteAcceptErrors(null)).toEqual({ accept_terms: ["#quoteTermsRequired"] })
    expect(quoteAcceptErrors("off")).toEqual({ accept_terms: ["#quoteTermsRequired"] })
  })

  it("has every message the rules name, in both languages", () => {
    const keys = [
      ...Object.values(quoteRequestErrors({ message: "", your_reference: "R".repeat(101), quantity: "0" })).flat(),
      ...Object.values(quoteRequestErrors({ message: "x".repeat(MAX_QUOTE_MESSAGE_LENGTH + 1), your_reference: "" })).flat(),
      ...Object.values(quoteReplyErrors("")).flat(),
      ...Object.values(quoteAcceptErrors(null)).flat(),
    ].map((key) => key.slice(1))
    expect(keys).toHaveLength(6)
    for (const messages of [sv, en]) {
      for (const key of keys) expect(typeof lookup(messages as Messages, `errors.${key}`)).toBe("string")
    }
  })

  it("shows the backend's own text for a 409 and our words only when it sent none", () => {
    expect(quoteFormError({ text: "Offerten har ändrats." }, "quote_changed")).toEqual({ text: "Offerten har ändrats." })
    expect(quoteFormError({ key: "unexpected" }, "quote_changed")).toEqual({ key: "quoteChanged" })
    expect(quoteFormError({ key: "unexpected" }, "quote_expired")).toEqual({ key: "quoteExpired" })
    expect(quoteFormError({ key: "unexpected" }, "quote_not_open")).toEqual({ key: "quoteNotOpen" })
    expect(quoteFormError({ key: "unexpected" }, "other")).toEqual({ key: "unexpected" })
    expect(quoteFormError({ key: "backendUnavailable" }, "quote_changed")).toEqual({ key: "backendUnavailable" })
    expect([...QUOTE_CONFLICT_CODES]).toEqual(["quote_changed", "quote_expired", "quote_not_open"])
  })

  it("puts the backend's field errors beside the form's fields and any other field's on top", () => {
    expect(fieldFailure({ message: ["Högst 4 000 tecken."] }, ["message", "your_reference"])).toEqual({
      error: { key: "fieldsInvalid" },
      fields: { message: ["Högst 4 000 tecken."] },
    })
    expect(fieldFailure({ cart_id: ["Varukorgen är tom eller finns inte."] }, ["message", "your_reference"])).toEqual({
      error: { text: "Varukorgen är tom eller finns inte." },
    })
    expect(fieldFailure({ "items.0.quantity": ["Högst 1 000."], your_reference: ["Högst 100 tecken."] }, ["your_reference"])).toEqual({
      error: { text: "Högst 1 000." },
      fields: { your_reference: ["Högst 100 tecken."] },
    })
  })

  it("reads the page number from the URL like Beställningar", () => {
    expect(pageIndex(undefined)).toBe(0)
    expect(pageIndex("1")).toBe(0)
    expect(pageIndex("3")).toBe(2)
    expect(pageIndex("0")).toBe(0)
    expect(pageIndex("x")).toBe(0)
  })
})

describe("what a quote's page offers", () => {
  const quote = (status: string, can_accept = false, changed_since_sent = false) => ({ status, can_accept, changed_since_sent })

  it("offers accept and decline only with the store, accept only when the backend allows it", () => {
    expect(quoteActions(quote("sent", true), true)).toEqual({ accept: true, decline: true, acceptNeedsStore: false, reply: true })
    expect(quoteActions(quote("sent", true), false)).toEqual({ accept: false, decline: false, acceptNeedsStore: true, reply: true })
    // Changed after sending: no accept (even if a stale flag said so), declining stays possible.
    expect(quoteActions(quote("sent", true, true), true)).toMatchObject({ accept: false, decline: true, acceptNeedsStore: false })
    expect(quoteActions(quote("sent", false, true), true)).toMatchObject({ accept: false, decline: true })
  })

  it("offers no decision for a requested, expired or decided quote; a reply on all but a cancelled one", () => {
    for (const status of ["requested", "expired", "accepted", "declined"]) {
      expect(quoteActions(quote(status, true), true)).toEqual({ accept: false, decline: false, acceptNeedsStore: false, reply: true })
    }
    expect(quoteActions(quote("cancelled", true), true)).toEqual({ accept: false, decline: false, acceptNeedsStore: false, reply: false })
    expect(quoteActions(quote("unknown-word", true), true)).toEqual({
      accept: false,
      decline: false,
      acceptNeedsStore: false,
      reply: false,
    })
  })

  it("says when the quote changed since it was sent, expired or was decided", () => {
    expect(quoteNotice(quote("sent", true))).toBeNull()
    expect(quoteNotice(quote("sent", false, true))).toBe("changed")
    expect(quoteNotice(quote("expired"))).toBe("expired")
    expect(quoteNotice(quote("requested"))).toBe("requested")
    expect(quoteNotice(quote("accepted"))).toBe("accepted")
    expect(quoteNotice(quote("declined"))).toBe("declined")
    expect(quoteNotice(quote("cancelled"))).toBe("cancelled")
    expect(quoteNotice(quote("something"))).toBeNull()
    for (const messages of [sv, en]) {
      for (const key of [
        "requested",
        "changed",
        "expired",
        "accepted",
        "acceptedAnonymous",
        "declined",
        "declinedAnonymous",
        "cancelled",
      ]) {
        expect(typeof lookup(messages as Messages, `quotes.notice.${key}`)).toBe("string")
      }
    }
  })

  it("links the PDF to the storefront's own route handler, never to the backend", () => {
    expect(quotePdfHref("sv", "comp 1", "quo_1")).toBe("/sv/mina-sidor/offerter/pdf/comp%201/quo_1")
    expect(quotePdfPath("comp_1", "quo_1")).toBe("/store/companies/comp_1/quotes/quo_1/pdf")
  })
})

describe("the quotes' calls", () => {
  let calls: { url: string; init: RequestInit }[] = []
  function answer(status: number, body: unknown) {
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} })
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
    }) as typeof fetch
  }
  const body = (index: number) => JSON.parse(String(calls[index].init.body))
  beforeEach(() => {
    calls = []
    process.env.MEDUSA_BACKEND_URL = "http://backend.test"
  })

  it("lists the quotes of one company or all, by status, a page at a time", async () => {
    answer(200, { quotes: [VIEW], count: 1, limit: 50, offset: 0 })
    const page = await listCompanyQuotes("tok", { companyId: "comp_1", status: "sent", page: 1 })
    await listCompanyQuotes("tok")
    expect(calls.map((call) => call.url)).toEqual([
      "http://backend.test/store/company-quotes?company_id=comp_1&status=sent&limit=50&offset=50",
      "http://backend.test/store/company-quotes?limit=50&offset=0",
    ])
    expect(page).toMatchObject({ ok: true, data: { count: 1, quotes: [{ id: "quo_1", number: "1001", total: 28125 }] } })
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe("Bearer tok")
  })

  it("asks for a quote on the cart or on products, with the message and 'Er referens'", async () => {
    answer(201, { quote: { ...VIEW, status: "requested" } })
    const created = await requestQuote("tok", "comp_1", { cart_id: "cart_1", message: "Pris?", your_reference: "PO-77" })
    await requestQuote("tok", "comp_1", { items: [{ variant_id: "variant_1", quantity: 5 }], message: "Pris?" })
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ["POST", "http://backend.test/store/companies/comp_1/quotes"],
      ["POST", "http://backend.test/store/companies/comp_1/quotes"],
    ])
    expect(body(0)).toEqual({ cart_id: "cart_1", message: "Pris?", your_reference: "PO-77" })
    expect(body(1)).toEqual({ items: [{ variant_id: "variant_1", quantity: 5 }], message: "Pris?" })
    expect(created).toMatchObject({ ok: true, status: 201, data: { id: "quo_1", status: "requested" } })
  })

  it("replies, accepts with the terms and declines at the quote's own address", async () => {
    answer(201, { quote: VIEW })
    await replyToQuote("tok", "comp_1", "quo_1", "Tack!")
    answer(201, { order: { id: "order_1", order_number: "MS-1002", licenses: [{ id: "lic_1", license_key: "KEY-1" }] } })
    const order = await acceptQuote("tok", "comp_1", "quo_1")
    answer(200, { quote: { ...VIEW, status: "declined" } })
    const declined = await declineQuote("tok", "comp_1", "quo_1")
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ["POST", "http://backend.test/store/companies/comp_1/quotes/quo_1/messages"],
      ["POST", "http://backend.test/store/companies/comp_1/quotes/quo_1/accept"],
      ["POST", "http://backend.test/store/companies/comp_1/quotes/quo_1/decline"],
    ])
    expect(body(0)).toEqual({ text: "Tack!" })
    expect(body(1)).toEqual({ accept_terms: true })
    expect(order).toMatchObject({ ok: true, data: { id: "order_1", order_number: "MS-1002", licenses: [{ license_key: "KEY-1" }] } })
    expect(declined).toMatchObject({ ok: true, data: { status: "declined" } })
  })

  it("passes a 409 on whole: its code and its Swedish and English text", async () => {
    answer(409, {
      code: "quote_changed",
      message: { sv: "Offerten har ändrats sedan den skickades.", en: "The quote has changed since it was sent." },
    })
    const result = await acceptQuote("tok", "comp_1", "quo_1")
    expect(result).toMatchObject({
      ok: false,
      code: "rejected",
      status: 409,
      error: {
        code: "quote_changed",
        message: { sv: "Offerten har ändrats sedan den skickades.", en: "The quote has changed since it was sent." },
      },
    })
  })
})
