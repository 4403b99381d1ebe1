import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { logIn, USERS } from "./demo"

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze()
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(" ")) }))
}

test.describe("accessibility (axe)", () => {
  test("the login page has no serious or critical violations, also with an error shown", async ({ page }) => {
    await page.goto("/sv/login")
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel("E-post").fill(USERS.anna.email)
    await page.getByLabel("Lösenord", { exact: true }).fill("fel-lösenord")
    await page.getByRole("button", { name: "Log in", exact: true }).click()
    await expect(page.locator("#login-error")).not.toBeEmpty()
    expect(await seriousViolations(page)).toEqual([])
  })

  test("Översikt has no serious or critical violations, also with the user menu open", async ({ page }) => {
    await logIn(page, USERS.anna.email)
    await expect(page.getByRole("table")).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole("button", { name: USERS.anna.name }).click()
    await expect(page.getByRole("menu")).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test("Monitor Store (catalog, cart, checkout with an error) has no serious or critical violations", async ({ page }) => {
    test.setTimeout(120_000)
    await logIn(page, USERS.anna.email)
    await page.goto("/sv/monitor-store")
    await expect(page.getByRole("heading", { level: 2, name: "Användarlicenser" })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Rapportgenerator" }) })
    await card.getByRole("button", { name: /^Lägg i varukorgen/ }).click()
    await expect(card.getByRole("status")).toHaveText("Tillagd i varukorgen.")
    expect(await seriousViolations(page)).toEqual([])
    await page
      .getByRole("navigation", { name: "Monitor Store" })
      .getByRole("link", { name: /^Varukorg/ })
      .click()
    await expect(page.getByRole("heading", { level: 1, name: "Varukorg" })).toBeVisible()
    await expect(page.getByRole("table")).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole("link", { name: "Till kassan" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Kassa" })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole("button", { name: "Lägg beställning" }).click()
    await expect(page.getByRole("checkbox", { name: "Jag godkänner villkoren" })).toHaveAttribute("aria-invalid", "true")
    expect(await seriousViolations(page)).toEqual([])
  })

  test("Mina sidor and its Beställningar, Offerter, Licenser and Fakturor have no serious or critical violations", async ({ page }) => {
    await logIn(page, USERS.anna.email)
    for (const [path, heading] of [
      ["/sv/mina-sidor", "Mina sidor"],
      ["/sv/mina-sidor/bestallningar", "Beställningar"],
      ["/sv/mina-sidor/offerter", "Offerter"],
      ["/sv/mina-sidor/licenser", "Licenser"],
      ["/sv/mina-sidor/fakturor", "Fakturor"],
      ["/sv/mina-sidor/avtal", "Avtal"],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole("heading", { name: heading, exact: true }).first()).toBeVisible()
      expect(await seriousViolations(page), path).toEqual([])
    }
  })

  test("Supportärenden and Nytt ärende (with its field errors) have no serious or critical violations", async ({ page }) => {
    await logIn(page, USERS.anna.email)
    await page.goto("/sv/support")
    await expect(page.getByRole("heading", { level: 1, name: "Supportärenden" })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole("link", { name: "Nytt ärende" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Nytt ärende" })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole("button", { name: "Skicka ärendet" }).click()
    await expect(page.getByLabel("Ämne")).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByText("Ange ett ämne.")).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test("a skip link leads to the main content", async ({ page }) => {
    await page.goto("/sv/login")
    await page.keyboard.press("Tab")
    const skip = page.getByRole("link", { name: "Hoppa till innehållet" })
    await expect(skip).toBeFocused()
    await skip.press("Enter")
    await expect(page.locator("main#main")).toBeFocused()
  })
})
