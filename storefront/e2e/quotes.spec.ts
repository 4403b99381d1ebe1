import { expect, test, type Page } from "@playwright/test"
import { logIn, USERS } from "./demo"
import { VendorStaff } from "./support/backend"
import { downloadFrom, escapeRegExp } from "./support/portal"
import { addToCart, emptyCart, kr, mainNav, myPagesNav, storeNav } from "./support/store"

// "Begär offert" end to end (plugins/quotes), in Swedish, with the seed's catalog and prices
// (scripts/demo-data.json): Bertil is Användare in Verkstad Nord AB (the store and Mina sidor there)
// and asks for a quote on three user licenses from his cart (Nord's price 8 900 kr). Vendor staff price
// it through the admin API — 7 500 kr, sent; then 7 200 kr, which changes the sent quote until it is
// sent again — and Bertil accepts it with the terms: the store's confirmation shows the license keys,
// and the invoice (3 × 7 200 kr + 25 % moms = 27 000 kr) is under Mina sidor › Fakturor.
// Cecilia (Supportanvändare only) has no Mina sidor, so no Offerter.

const USER_LICENSE = "Monitor ERP – användarlicens"
const NORD = "Verkstad Nord AB"

/** A day `offsetDays` from today, as "YYYY-MM-DD" (how staff send `valid_until`, and how the portal shows a date in Swedish). */
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** The quote's lines and totals on its page, checked against one unit price for three licenses. */
async function expectQuotePrice(page: Page, number: string, prices: { unit: string; subtotal: string; vat: string; total: string }) {
  const row = page
    .getByRole("table", { name: `Rader i offert ${number}` })
    .getByRole("row", { name: new RegExp(escapeRegExp(USER_LICENSE)) })
  // Each amount in its own cell: in the row's text the quantity's digit runs into the à-pris.
  await expect(row.getByRole("cell", { name: kr(prices.unit) })).toHaveCount(1)
  await expect(row.getByRole("cell", { name: kr(prices.subtotal) })).toHaveCount(1)
  const totals = page.locator(".totals")
  await expect(totals.getByRole("term")).toHaveText(["Summa exkl. moms", "Moms 25 %", "Att betala"])
  await expect(totals.getByRole("definition")).toHaveText([kr(prices.subtotal), kr(prices.vat), kr(prices.total)])
}

test.describe("Offerter", () => {
  // ASCII only, like the store's: it is printed on the quote's and the order's documents.
  const run = Date.now().toString(36).toUpperCase()
  const reference = `OFF-${run} Bertil`
  const request = `Hej! Vi behöver tre användarlicenser till och undrar vad ni kan erbjuda (${run}).`
  const staffMessage = `Hej Bertil! Här är vårt pris för tre licenser (${run}).`
  const validUntil = day(30)

  test("bertil requests a quote from the cart, staff price and send it, bertil accepts it and gets the licenses and the invoice", async ({
    page,
  }) => {
    test.setTimeout(360_000)
    let quoteId = ""
    let companyId = ""
    let number = ""
    let orderNumber = ""
    let invoiceNumber = ""

    await test.step("Varukorg: three user licenses, 'Begär offert' with a message and 'Er referens'", async () => {
      await logIn(page, USERS.bertil.email)
      await emptyCart(page)
      await page.goto("/sv/monitor-store")
      await expect(page.getByText(`Handla för: ${NORD}`)).toBeVisible()
      await addToCart(page, USER_LICENSE, 3)
      await storeNav(page)
        .getByRole("link", { name: /^Varukorg/ })
        .click()
      await expect(page.getByRole("heading", { level: 1, name: "Varukorg" })).toBeVisible()
      await expect(
        page.getByRole("table", { name: `Varukorg för ${NORD}` }).getByRole("row", { name: new RegExp(USER_LICENSE) })
      ).toContainText(kr("26 700"))

      const open = page.getByRole("button", { name: "Begär offert", exact: true })
      await expect(open).toHaveAttribute("aria-expanded", "false")
      await expect(page.getByLabel("Meddelande", { exact: true })).toBeHidden()
      await open.click()
      await expect(open).toHaveAttribute("aria-expanded", "true")
      const message = page.getByLabel("Meddelande", { exact: true })
      await expect(message).toBeFocused()

      // The message is required; what was typed stays.
      await page.getByLabel("Er referens", { exact: true }).fill(reference)
      await page.getByRole("button", { name: "Skicka offertförfrågan" }).click()
      await expect(message).toHaveAttribute("aria-invalid", "true")
      await expect(page.getByText("Skriv ett meddelande till Monitor.")).toBeVisible()
      await expect(page.getByLabel("Er referens", { exact: true })).toHaveValue(reference)

      await message.fill(request)
      await page.getByRole("button", { name: "Skicka offertförfrågan" }).click()

      await expect(page).toHaveURL(/\/sv\/mina-sidor\/offerter\/[^/?]+\?company=[^&]+&begard=1$/, { timeout: 30_000 })
      const match = /\/sv\/mina-sidor\/offerter\/([^/?]+)\?company=([^&]+)/.exec(page.url())
      expect(match, page.url()).toBeTruthy()
      quoteId = decodeURIComponent(match![1])
      companyId = decodeURIComponent(match![2])
      const heading = page.getByRole("heading", { level: 2, name: /^Offert \S+$/ })
      await expect(heading).toBeVisible()
      number = /^Offert (\S+)$/.exec((await heading.innerText()).trim())?.[1] ?? ""
      expect(number).not.toBe("")
      await expect(page.getByRole("status").filter({ hasText: "Offertförfrågan är skickad till Monitor." })).toBeVisible()

      const details = page.locator(".details")
      await expect(details.locator(".status")).toHaveText("Begärd")
      await expect(details).toContainText(NORD)
      await expect(details).toContainText(USERS.bertil.name)
      await expect(details).toContainText(reference)
      await expect(page.getByRole("table", { name: `Rader i offert ${number}` })).toContainText(USER_LICENSE)
      await expect(page.getByRole("region", { name: "Meddelanden" })).toContainText(request)
      // Not sent yet: nothing to accept.
      await expect(page.getByRole("button", { name: "Acceptera offert" })).toHaveCount(0)
    })

    const staff = await VendorStaff.logIn()
    let itemId = ""

    await test.step("staff price the line at 7 500 kr, write to Bertil and send the quote, valid 30 days", async () => {
      const quote = await staff.quote(quoteId)
      expect(quote.items).toHaveLength(1)
      expect(quote.items[0].quantity).toBe(3)
      itemId = quote.items[0].id
      await staff.changeQuoteItem(quoteId, itemId, { unit_price: 7500 })
      await staff.writeQuoteMessage(quoteId, staffMessage)
      const sent = await staff.sendQuote(quoteId, validUntil)
      expect(sent.status).toBe("sent")
    })

    await test.step("Mina sidor › Offerter: the quote is sent, with its validity and total; its page shows the staff's price and message", async () => {
      await page.goto("/sv")
      await mainNav(page).getByRole("link", { name: "Mina sidor" }).click()
      await myPagesNav(page).getByRole("link", { name: "Offerter" }).click()
      await expect(page).toHaveURL(/\/sv\/mina-sidor\/offerter$/)
      await expect(page.getByRole("heading", { level: 2, name: "Offerter" })).toBeVisible()
      const table = page.getByRole("table", { name: "Offerter" })
      const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: number, exact: true }) })
      await expect(row).toContainText(NORD)
      await expect(row).toContainText("Skickad")
      await expect(row).toContainText(validUntil)
      await expect(row.getByRole("cell", { name: kr("28 125") })).toHaveCount(1)

      // Filtered by status, the quote is among the sent ones.
      await page.getByLabel("Status").selectOption({ label: "Skickad" })
      await page.getByRole("button", { name: "Visa" }).click()
      await expect(page).toHaveURL(/status=sent/)
      await row.getByRole("link", { name: number, exact: true }).click()

      await expect(page.getByRole("heading", { level: 2, name: `Offert ${number}` })).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`/sv/mina-sidor/offerter/${escapeRegExp(quoteId)}\\?company=`))
      await expectQuotePrice(page, number, { unit: "7 500", subtotal: "22 500", vat: "5 625", total: "28 125" })
      const details = page.locator(".details")
      await expect(details.locator(".status")).toHaveText("Skickad")
      await expect(details).toContainText(validUntil)
      await expect(details).toContainText(reference)
      const staffPost = page.getByRole("region", { name: "Meddelanden" }).getByRole("listitem").filter({ hasText: staffMessage })
      await expect(staffPost).toContainText("Monitor")
      await expect(page.getByRole("button", { name: "Acceptera offert" })).toBeVisible()
      await expect(page.getByRole("button", { name: "Avböj offert" })).toBeVisible()

      const pdf = await downloadFrom(page, page.getByRole("link", { name: /^Ladda ner PDF/ }))
      expect(pdf.name).toMatch(/\.pdf$/)
      expect(pdf.data.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    })

    await test.step("staff change the price after sending: the quote says so and cannot be accepted until it is sent again", async () => {
      await staff.changeQuoteItem(quoteId, itemId, { unit_price: 7200 })
      await page.reload()
      await expect(page.getByText("Offerten har ändrats sedan Monitor skickade den.")).toBeVisible()
      await expect(page.getByRole("button", { name: "Acceptera offert" })).toHaveCount(0)

      await staff.sendQuote(quoteId, validUntil)
      await page.reload()
      await expect(page.getByText("Offerten har ändrats sedan Monitor skickade den.")).toHaveCount(0)
      await expectQuotePrice(page, number, { unit: "7 200", subtotal: "21 600", vat: "5 400", total: "27 000" })
    })

    await test.step("'Acceptera offert' needs the terms; accepted, the store's confirmation shows the license keys and the invoice", async () => {
      await expect(page.getByRole("link", { name: /^Läs villkoren för köp i Monitor Store/ })).toHaveAttribute(
        "href",
        "/sv/monitor-store/villkor"
      )
      await page.getByRole("button", { name: "Acceptera offert" }).click()
      const terms = page.getByRole("checkbox", { name: "Jag godkänner villkoren" })
      await expect(terms).toHaveAttribute("aria-invalid", "true")
      await expect(page.getByText("Du behöver godkänna villkoren för att acceptera offerten.")).toBeVisible()
      await terms.check()
      await page.getByRole("button", { name: "Acceptera offert" }).click()

      await expect(page.getByRole("heading", { level: 1, name: "Tack för din beställning" })).toBeVisible({ timeout: 30_000 })
      await expect(page).toHaveURL(new RegExp(`/sv/monitor-store/bekraftelse/[^/?]+\\?company=${escapeRegExp(companyId)}$`))
      orderNumber = /Ordernummer\s+(\S+)/.exec(await page.locator(".lead").innerText())?.[1] ?? ""
      expect(orderNumber).not.toBe("")
      await expect(page.getByText(`Er referens: ${reference}`)).toBeVisible()

      const licenses = page.getByRole("table", { name: `Licenser i beställning ${orderNumber}` })
      await expect(licenses.getByRole("row", { name: new RegExp(escapeRegExp(USER_LICENSE)) }).first()).toBeVisible()
      const keys = (await licenses.locator("code").allInnerTexts()).map((key) => key.trim())
      expect(keys.length).toBeGreaterThanOrEqual(1)
      for (const key of keys) expect(key).toMatch(/\S{6,}/)

      const lines = page.getByRole("table", { name: `Rader i beställning ${orderNumber}` })
      const line = lines.getByRole("row", { name: new RegExp(escapeRegExp(USER_LICENSE)) })
      await expect(line.getByRole("cell", { name: kr("7 200") })).toHaveCount(1)

      const invoiceLink = page.getByRole("link", { name: /^Ladda ner faktura .+ \(PDF\)$/ })
      await expect(invoiceLink).toBeVisible()
      invoiceNumber = /^Ladda ner faktura (.+) \(PDF\)$/.exec((await invoiceLink.innerText()).trim())?.[1] ?? ""
      expect(invoiceNumber).not.toBe("")
    })

    await test.step("Mina sidor › Fakturor has the invoice; Offerter has the quote as accepted", async () => {
      await mainNav(page).getByRole("link", { name: "Mina sidor" }).click()
      await myPagesNav(page).getByRole("link", { name: "Fakturor" }).click()
      const invoice = page
        .getByRole("table", { name: "Fakturor" })
        .getByRole("row", { name: new RegExp(`^${escapeRegExp(invoiceNumber)}\\s`) })
      await expect(invoice).toContainText(NORD)
      await expect(invoice).toContainText("Obetald")
      await expect(invoice.getByRole("cell", { name: kr("27 000") })).toHaveCount(1)

      await myPagesNav(page).getByRole("link", { name: "Offerter" }).click()
      const row = page
        .getByRole("table", { name: "Offerter" })
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: number, exact: true }) })
      await expect(row).toContainText("Accepterad")
      await row.getByRole("link", { name: number, exact: true }).click()
      await expect(page.getByText(/^Offerten accepterades .+ och är nu en beställning\.$/)).toBeVisible()
      await expect(page.getByRole("button", { name: "Acceptera offert" })).toHaveCount(0)
    })
  })
})

test("cecilia (Supportanvändare only) has no Mina sidor: no 'Offerter' in the navigation, its URLs answer not found", async ({ page }) => {
  await logIn(page, USERS.cecilia.email)
  await expect(mainNav(page).getByRole("link", { name: "Mina sidor" })).toHaveCount(0)
  await expect(page.getByRole("link", { name: "Offerter" })).toHaveCount(0)
  for (const path of ["/sv/mina-sidor/offerter", "/sv/mina-sidor/offerter/quo_none?company=none"]) {
    await page.goto(path)
    await expect(page.getByRole("heading", { level: 1, name: "Sidan är inte tillgänglig" })).toBeVisible()
    await expect(page.getByRole("link", { name: "Offerter" })).toHaveCount(0)
  }
  const pdf = await page.request.get("/sv/mina-sidor/offerter/pdf/none/quo_none", { maxRedirects: 0 })
  expect(pdf.status()).toBe(404)
  expect(pdf.headers()["cache-control"]).toContain("no-store")
})
