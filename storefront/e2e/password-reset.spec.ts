import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Browser, type Page } from "@playwright/test"
import { DEMO_PASSWORD, logInWithCode } from "./demo"
import { waitForPortalLink } from "./support/mail"
import { demoTotp } from "./support/scripts"

// "Glömt lösenord": the login page's link → the address → the e-mailed link → a new password
// (a weak one is refused at the field) → log in with it and the app code → Översikt.
//
// The demo users' sessions and password are shared by the other specs (e2e/demo.ts), and every
// demo user logs in somewhere (David in identity.spec.ts). So David gets his demo password back
// at the end, through the same reset flow — also when the test fails half-way.

const run = Date.now().toString(36)
const david = { email: "david@gjuterivast.se", name: "David Dahl" }
const NEW_PASSWORD = `Gjuteri-Väst-${run}!`

async function seriousViolations(page: Page) {
  // A server action re-renders the page; check once its head (the title) is back in place.
  await expect(page).toHaveTitle(/myMonitor/)
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze()
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }))
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "sv-SE" })
  return context.newPage()
}

/** "Glömt lösenord" → "Skicka länk" → the confirmation; answers the link from the mail. */
async function askForLink(page: Page, email: string): Promise<string> {
  await page.goto("/sv/glomt-losenord")
  await page.getByLabel("E-post").fill(email)
  const since = Date.now()
  await page.getByRole("button", { name: "Skicka länk" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Kolla din e-post" })).toBeFocused()
  return waitForPortalLink(email, "aterstall-losenord", since)
}

async function saveNewPassword(page: Page, link: string, password: string) {
  await page.goto(link)
  await page.getByLabel("Nytt lösenord", { exact: true }).fill(password)
  await page.getByLabel("Upprepa nytt lösenord").fill(password)
  await page.getByRole("button", { name: "Spara nytt lösenord" }).click()
}

test.describe("Glömt lösenord", () => {
  test("a demo user resets the password from the e-mailed link and logs in with it and the app code", async ({ page, browser }) => {
    test.setTimeout(240_000)
    let changed = false
    try {
      let link = ""
      await test.step("login page → Glömt lösenord? → Skicka länk (keyboard) → the same confirmation for every address", async () => {
        await page.goto("/sv/login")
        await page.getByRole("link", { name: "Glömt lösenord?" }).click()
        await expect(page).toHaveURL(/\/sv\/glomt-losenord$/)
        await expect(page.getByRole("heading", { level: 1, name: "Glömt lösenord" })).toBeVisible()
        expect(await seriousViolations(page)).toEqual([])

        // Nothing typed: the field says so and has the focus.
        await page.getByRole("button", { name: "Skicka länk" }).click()
        await expect(page.locator("#forgot-email-errors")).toHaveText("Ange din e-postadress.")
        await expect(page.getByLabel("E-post")).toBeFocused()

        // An address without an account gets the same answer (and no mail).
        await page.getByLabel("E-post").fill(`ingen.alls.${run}@e2e-kund.se`)
        await page.getByLabel("E-post").press("Enter")
        await expect(page.getByRole("heading", { level: 1, name: "Kolla din e-post" })).toBeFocused()
        const confirmation = (await page.getByRole("status").textContent()) ?? ""
        expect(confirmation).toContain("Om adressen har ett konto har vi skickat en länk")
        expect(await seriousViolations(page)).toEqual([])

        await page.goto("/sv/glomt-losenord")
        await page.getByLabel("E-post").fill(david.email)
        const since = Date.now()
        await page.getByLabel("E-post").press("Enter")
        await expect(page.getByRole("heading", { level: 1, name: "Kolla din e-post" })).toBeFocused()
        await expect(page.getByRole("status")).toHaveText(confirmation)
        link = await waitForPortalLink(david.email, "aterstall-losenord", since)
        expect(link).toMatch(/^\/sv\/aterstall-losenord\?token=/)
      })

      await test.step("the link → a weak password is refused at the field → Spara nytt lösenord", async () => {
        await page.goto(link)
        await expect(page.getByRole("heading", { level: 1, name: "Välj ett nytt lösenord" })).toBeVisible()
        expect(await seriousViolations(page)).toEqual([])
        // The mail's link opens in Swedish; the language switch keeps its token.
        await page.getByRole("link", { name: "English" }).click()
        await expect(page).toHaveURL(/\/en\/aterstall-losenord\?token=/)
        await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible()
        await expect(page.getByLabel("Repeat new password")).toBeVisible()
        await page.getByRole("link", { name: "Svenska" }).click()
        await expect(page.getByRole("heading", { level: 1, name: "Välj ett nytt lösenord" })).toBeVisible()
        const password = page.getByLabel("Nytt lösenord", { exact: true })
        const repeat = page.getByLabel("Upprepa nytt lösenord")

        // The browser checks the repeat (the server action checks it again).
        await password.fill(NEW_PASSWORD)
        await repeat.fill(`${NEW_PASSWORD}x`)
        await page.getByRole("button", { name: "Spara nytt lösenord" }).click()
        await expect(page.locator("#reset-repeat-errors")).toContainText("Lösenorden är inte lika.")
        await expect(repeat).toBeFocused()
        await expect(repeat).toHaveAttribute("aria-invalid", "true")

        // The backend's rule: long enough, but too common.
        await password.fill("Sommar2024!!!")
        await repeat.fill("Sommar2024!!!")
        await page.getByRole("button", { name: "Spara nytt lösenord" }).click()
        await expect(page.locator("#reset-password-errors")).toContainText("Lösenordet är för vanligt eller lätt att gissa.")
        await expect(password).toBeFocused()
        await expect(password).toHaveAttribute("aria-describedby", /reset-password-errors/)
        expect(await seriousViolations(page)).toEqual([])

        await password.fill(NEW_PASSWORD)
        await repeat.fill(NEW_PASSWORD)
        await page.getByRole("button", { name: "Spara nytt lösenord" }).click()
        await expect(page.getByRole("heading", { level: 1, name: "Ditt lösenord är ändrat" })).toBeFocused()
        changed = true
        await expect(page.getByRole("status")).toHaveText("Logga in med ditt nya lösenord och din tvåstegsverifiering.")
        expect(await seriousViolations(page)).toEqual([])
        // No session: the reset does not skip the second factor.
        expect((await page.context().cookies()).find((cookie) => cookie.name === "mymonitor_session")).toBeUndefined()
      })

      await test.step("the old password no longer works; the new one and the app code open Översikt", async () => {
        await page.getByRole("link", { name: "Till inloggningen" }).click()
        await expect(page).toHaveURL(/\/sv\/login$/)
        await page.getByLabel("E-post").fill(david.email)
        await page.getByLabel("Lösenord", { exact: true }).fill(DEMO_PASSWORD)
        await page.getByRole("button", { name: "Log in", exact: true }).click()
        await expect(page.locator("#login-error")).toContainText("Fel e-postadress eller lösenord.")

        await logInWithCode(page, david.email, () => demoTotp(david.email), NEW_PASSWORD)
        await expect(page).toHaveURL(/\/sv\/?$/)
        await expect(page.getByRole("heading", { level: 1, name: "Översikt" })).toBeVisible()
        await expect(page.getByRole("button", { name: david.name })).toBeVisible()
      })

      await test.step("a used link and a link without a token say so clearly and offer a new one", async () => {
        const other = await newPage(browser)
        await saveNewPassword(other, link, `${NEW_PASSWORD}-igen`)
        await expect(other.getByRole("heading", { level: 1, name: "Länken har gått ut eller redan använts" })).toBeFocused()
        expect(await seriousViolations(other)).toEqual([])

        await other.goto("/sv/aterstall-losenord")
        await expect(other.getByRole("heading", { level: 1, name: "Länken har gått ut eller redan använts" })).toBeVisible()
        await other.getByRole("link", { name: "Be om en ny länk" }).click()
        await expect(other).toHaveURL(/\/sv\/glomt-losenord$/)
        await other.context().close()
      })
    } finally {
      if (changed) {
        // David's demo password back, for the other specs (and the next run's cached logins).
        const restore = await newPage(browser)
        await saveNewPassword(restore, await askForLink(restore, david.email), DEMO_PASSWORD)
        await expect(restore.getByRole("heading", { level: 1, name: "Ditt lösenord är ändrat" })).toBeVisible()
        await restore.context().close()
      }
    }
  })
})
