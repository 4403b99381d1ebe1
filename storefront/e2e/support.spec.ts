import { expect, test, type Page } from "@playwright/test"
import { PDFParse } from "pdf-parse"
import { freshTotp } from "../../test-support/totp"
import { logIn, USERS } from "./demo"
import { VendorStaff } from "./support/backend"
import { waitForMail, waitForPortalLink } from "./support/mail"
import { createTicket, downloadFrom, escapeRegExp, newPage, seriousViolations } from "./support/portal"
import { onePagePdf, StrapiStaff } from "./support/strapi"

// Issue 10's acceptance, in Swedish across two companies: a person who is Supportanvändare in
// Verkstad Nord (A) and Administratör in Precision Syd (B) sees both companies' tickets in one list,
// creates a ticket with an attachment for A; a reply written by Monitor's support staff in Strapi's
// admin (Content Manager API) reaches the portal thread and the person's inbox; the person replies and
// closes the ticket; she sees B's agreements and downloads the PDF, and none of A's.
// Needs the whole stack: Medusa, Strapi (E2E_STRAPI_URL), the storefront and the mail catcher.

const run = Date.now().toString(36)
const person = { email: `siri.stod.${run}@e2e-kund.se`, name: `Siri Stöd ${run}`, password: "Siri-myMonitor-2026!" }
const NORD = "Verkstad Nord AB"
const SYD = "Precision Syd AB"
const subjectA = `Lagersaldo stämmer inte ${run}`
const subjectB = `Integrationen mot webbutiken ${run}`
const staffReply = `Hej Siri! Vi har tittat på loggen (${run}). Kör om lagerberäkningen i natt så ska saldot stämma.`
const customerReply = `Tack! Saldot stämmer nu (${run}).`
const agreementB = `Molnavtal ${run} – ${SYD}`
const agreementA = `Supportavtal ${run} – ${NORD}`

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Huvudmeny" })
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

test.describe("support and agreements across two companies", () => {
  test("Supportanvändare in Nord and Administratör in Syd: tickets, a staff reply by mail, close; Syd's agreements only", async ({
    page: anna,
    browser,
  }) => {
    test.setTimeout(360_000)
    const vendor = await VendorStaff.logIn()
    const nordId = await vendor.companyId(NORD)
    const sydId = await vendor.companyId(SYD)
    const siri = await newPage(browser)
    let totpKey = ""

    await test.step("Anna invites Siri as Supportanvändare in Nord and Syd, Siri registers with an app, Anna makes her Administratör in Syd", async () => {
      await logIn(anna, USERS.anna.email)
      await anna.goto("/sv/hantera-anvandare/bjud-in")
      const row = anna.getByRole("group", { name: "Inbjudan 1" })
      await row.getByLabel("E-post").fill(person.email)
      await row.getByRole("group", { name: "Välj företag" }).getByLabel(NORD).check()
      await row.getByRole("group", { name: "Välj företag" }).getByLabel(SYD).check()
      await row.getByLabel("Roll").selectOption({ label: "Supportanvändare" })
      const invitedAt = Date.now()
      await anna.getByRole("button", { name: "Skicka inbjudan" }).click()
      await expect(anna).toHaveURL(/\/sv\/hantera-anvandare\?skickade=1$/)

      await siri.goto(await waitForPortalLink(person.email, "inbjudan", invitedAt))
      await siri.getByLabel("Namn").fill(person.name)
      await siri.getByLabel("Lösenord").fill(person.password)
      await siri.getByRole("button", { name: "Registrera konto" }).click()
      await expect(siri).toHaveURL(/\/sv\/login\/tvastegsverifiering$/)
      await siri.getByRole("button", { name: /^Autentiseringsapp/ }).click()
      totpKey = ((await siri.locator("#totp-key").textContent()) ?? "").replace(/\s+/g, "")
      expect(totpKey).not.toBe("")
      await siri.getByLabel("Sexsiffrig kod").fill(await freshTotp(totpKey))
      await siri.getByRole("button", { name: "Logga in", exact: true }).click()
      await siri.getByRole("link", { name: "Jag har sparat koderna" }).click()
      await expect(siri.getByRole("heading", { level: 1, name: "Översikt" })).toBeVisible()
      await expect(mainNav(siri).getByRole("link")).toHaveText(["Översikt", "Support"])

      await anna.goto("/sv/hantera-anvandare")
      await anna.getByLabel(`Tilldelad roll för ${person.name} i ${SYD}`).selectOption({ label: "Administratör" })
      await anna.getByRole("button", { name: `Spara för ${person.name} i ${SYD}` }).click()
      await expect(
        anna.getByRole("row", { name: new RegExp(`${escapeRegExp(person.name)}.*${SYD}`) }).getByText("Rollen har ändrats.")
      ).toBeVisible()

      await siri.reload()
      await expect(mainNav(siri).getByRole("link")).toHaveText(["Översikt", "Support", "Mina sidor", "Monitor Store"])
      const companies = siri.getByRole("table", { name: "Dina företag" })
      await expect(companies.getByRole("row", { name: new RegExp(NORD) })).toContainText("Supportanvändare")
      await expect(companies.getByRole("row", { name: new RegExp(SYD) })).toContainText("Administratör")
    })

    let ticketA = { companyId: "", ticketId: "", number: "" }
    let ticketB = { companyId: "", ticketId: "", number: "" }
    const attachment = { name: `lagerlogg-${run}.txt`, mimeType: "text/plain", buffer: Buffer.from(`artikel;saldo\nA-100;-4\n${run}\n`) }

    await test.step("Nytt ärende for Syd, then for Nord with an attachment (a forbidden file is named first)", async () => {
      ticketB = await createTicket(siri, {
        company: SYD,
        subject: subjectB,
        description: "Order från webbutiken kommer in dubbelt sedan i måndags.",
        category: "Integration",
        priority: "Hög",
        version: "25.10.0",
      })
      expect(ticketB.companyId).toBe(sydId)

      const createdAt = Date.now()
      ticketA = await createTicket(
        siri,
        {
          company: NORD,
          subject: subjectA,
          description: "Lagersaldot för A-100 visar -4 efter inventeringen. Loggen bifogas.",
          category: "Lager",
          priority: "Normal",
          version: "25.7.2",
        },
        async () => {
          const files = siri.getByLabel("Bilagor")
          await expect(siri.getByText(/Högst 5 filer, högst 10 MB per fil\. Tillåtna filtyper: pdf, png/)).toBeVisible()
          await files.setInputFiles({ name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") })
          await expect(siri.getByText("Filen ”setup.exe” har en filtyp som inte är tillåten.")).toBeVisible()
          await expect(files).toHaveAttribute("aria-invalid", "true")
          expect(await seriousViolations(siri)).toEqual([])
          await files.setInputFiles(attachment)
          await expect(siri.getByText("Filen ”setup.exe” har en filtyp som inte är tillåten.")).toHaveCount(0)
        }
      )
      expect(ticketA.companyId).toBe(nordId)

      const thread = siri.getByRole("region", { name: "Meddelanden" })
      await expect(thread).toContainText("Lagersaldot för A-100 visar -4")
      const file = await downloadFrom(siri, thread.getByRole("link", { name: attachment.name }))
      expect(file.name).toBe(attachment.name)
      expect(file.data.toString("utf8")).toBe(attachment.buffer.toString("utf8"))
      await expect(siri.getByRole("button", { name: "Sluta följa" })).toBeVisible()

      // The confirmation mail links to the ticket.
      await waitForMail(
        person.email,
        new RegExp(`/sv/support/${escapeRegExp(nordId)}/${escapeRegExp(ticketA.ticketId)}`),
        createdAt,
        30_000
      )
    })

    await test.step("Supportärenden: both companies' tickets in one list, filtered by company and found by search", async () => {
      await mainNav(siri).getByRole("link", { name: "Support" }).click()
      await expect(siri.getByRole("heading", { level: 1, name: "Supportärenden" })).toBeVisible()
      const list = siri.getByRole("table", { name: /^Supportärenden/ })
      const rowA = list.getByRole("row", { name: new RegExp(escapeRegExp(subjectA)) })
      const rowB = list.getByRole("row", { name: new RegExp(escapeRegExp(subjectB)) })
      // One ticket each, though each form was double-clicked.
      await expect(rowA).toHaveCount(1)
      await expect(rowB).toHaveCount(1)
      await expect(rowA).toContainText(NORD)
      await expect(rowA).toContainText("Ny")
      await expect(rowA).toContainText("Lager")
      await expect(rowA).toContainText(person.name)
      await expect(rowB).toContainText(SYD)
      await expect(rowB).toContainText("Hög")
      await expect(rowB).toContainText("Integration")
      expect(await seriousViolations(siri)).toEqual([])

      await siri.getByLabel("Företag").selectOption({ label: SYD })
      await siri.getByRole("button", { name: "Visa" }).click()
      await expect(siri).toHaveURL(new RegExp(`foretag=${escapeRegExp(sydId)}`))
      await expect(rowB).toHaveCount(1)
      await expect(rowA).toHaveCount(0)
      await expect(list).not.toContainText(NORD)

      await siri.getByLabel("Företag").selectOption({ label: "Alla företag" })
      await siri.getByLabel("Sök").fill(run)
      await siri.getByLabel("Status").selectOption({ label: "Öppna (ej stängda)" })
      await siri.getByRole("button", { name: "Visa" }).click()
      await expect(list.getByRole("row")).toHaveCount(3) // the header and the two tickets
      await rowA.getByRole("link", { name: subjectA }).click()
      await expect(siri).toHaveURL(new RegExp(`/sv/support/${escapeRegExp(nordId)}/${escapeRegExp(ticketA.ticketId)}$`))
    })

    await test.step("Monitor support replies in Strapi's admin: the reply is in the thread and in Siri's inbox", async () => {
      const repliedAt = Date.now()
      const staff = await StrapiStaff.logIn("support")
      await staff.reply(ticketA.ticketId, staffReply)
      const thread = siri.getByRole("region", { name: "Meddelanden" })
      await expect(async () => {
        await siri.reload()
        await expect(thread).toContainText(staffReply, { timeout: 1_000 })
      }).toPass({ timeout: 30_000 })
      await expect(thread.getByRole("listitem").filter({ hasText: staffReply })).toContainText("Monitor support")
      await waitForMail(person.email, new RegExp(escapeRegExp(staffReply.slice(0, 40))), repliedAt, 30_000)
    })

    await test.step("Siri replies and closes the ticket", async () => {
      await siri.getByLabel("Ditt svar").fill(customerReply)
      await siri.getByRole("button", { name: "Skicka svaret" }).click()
      await expect(siri.getByText("Ditt svar är skickat.")).toBeVisible({ timeout: 30_000 })
      await expect(siri.getByRole("region", { name: "Meddelanden" })).toContainText(customerReply)
      await expect(siri.getByLabel("Ditt svar")).toHaveValue("")
      expect(await seriousViolations(siri)).toEqual([])

      await siri.getByRole("button", { name: "Stäng ärendet" }).click()
      await expect(siri.getByRole("button", { name: "Öppna igen" })).toBeVisible({ timeout: 30_000 })
      await expect(siri.getByRole("region", { name: "Om ärendet" })).toContainText("Stängd")
      await expect(siri.getByText("Ärendet är stängt. Öppna det igen om du vill skriva mer.")).toBeVisible()
      await expect(siri.getByLabel("Ditt svar")).toHaveCount(0)
      await expect(siri.getByRole("table", { name: "Ärendets händelser" })).toContainText("Stängd")
    })

    await test.step("Mina sidor › Avtal: Syd's agreement with its PDF, none of Nord's", async () => {
      const editor = await StrapiStaff.logIn("editor")
      const forSyd = await editor.createAgreement({
        medusaCompanyId: sydId,
        title: agreementB,
        type: "cloud",
        validFrom: day(-30),
        validTo: day(365),
        pdf: onePagePdf(`Molnavtal ${run} Precision Syd AB`),
      })
      const forNord = await editor.createAgreement({
        medusaCompanyId: nordId,
        title: agreementA,
        type: "support",
        validFrom: day(-30),
        validTo: day(60),
        pdf: onePagePdf(`Supportavtal ${run} Verkstad Nord AB`),
      })

      await mainNav(siri).getByRole("link", { name: "Mina sidor" }).click()
      await siri.getByRole("navigation", { name: "Mina sidor" }).getByRole("link", { name: "Avtal" }).click()
      await expect(siri.getByRole("heading", { level: 2, name: "Avtal" })).toBeVisible()
      const table = siri.getByRole("table", { name: "Avtal" })
      const row = table.getByRole("row", { name: new RegExp(escapeRegExp(agreementB)) })
      await expect(row).toContainText(SYD)
      await expect(row).toContainText("Molnavtal")
      await expect(row).toContainText("Aktivt")
      await expect(row).toContainText(day(-30))
      await expect(table.getByRole("row", { name: new RegExp(escapeRegExp(agreementA)) })).toHaveCount(0)
      await expect(table).not.toContainText(NORD)
      expect(await seriousViolations(siri)).toEqual([])

      const pdf = await downloadFrom(siri, row.getByRole("link", { name: /^Ladda ner PDF/ }))
      expect(pdf.data.subarray(0, 5).toString("latin1")).toBe("%PDF-")
      const parser = new PDFParse({ data: new Uint8Array(pdf.data) })
      expect((await parser.getText()).text).toContain(`Molnavtal ${run}`)
      await parser.destroy()

      // Nord's agreement by its own URL: not found, like anything of a company without Mina sidor.
      const foreign = await siri.request.get(`/sv/mina-sidor/avtal/pdf/${nordId}/${forNord.data.documentId}`, { maxRedirects: 0 })
      expect(foreign.status()).toBe(404)
      const own = await siri.request.get(`/sv/mina-sidor/avtal/pdf/${sydId}/${forSyd.data.documentId}`, { maxRedirects: 0 })
      expect(own.status()).toBe(200)
      expect(own.headers()["cache-control"]).toContain("no-store")
    })

    await test.step("Översikt counts the open tickets and the agreements", async () => {
      await mainNav(siri).getByRole("link", { name: "Översikt" }).click()
      const attention = siri.getByRole("region", { name: "Att hantera" })
      await expect(attention.getByRole("link", { name: /^\d+ (öppet|öppna) supportärenden?$/ })).toBeVisible()
      await expect(attention.getByRole("link", { name: /^\d+ (aktivt|aktiva) avtal$/ })).toBeVisible()
    })

    await siri.context().close()
  })
})
