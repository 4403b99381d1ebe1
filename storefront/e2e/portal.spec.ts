import { expect, test } from "@playwright/test"
import { logIn, USERS } from "./demo"

const mainNav = (page: import("@playwright/test").Page, name = "Huvudmeny") => page.getByRole("navigation", { name })

test.describe("portal", () => {
  test("anna sees both her companies as Administratör and 'Hantera användare' in the user menu", async ({ page }) => {
    await logIn(page, USERS.anna.email)
    await expect(page.getByRole("heading", { level: 1, name: "Översikt" })).toBeVisible()

    const session = (await page.context().cookies()).find((cookie) => cookie.name === "mymonitor_session")
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" })

    const table = page.getByRole("table", { name: "Dina företag" })
    for (const [name, customerNumber, organisationNumber] of [
      ["Verkstad Nord AB", "10001", "556101-2344"],
      ["Precision Syd AB", "10002", "556202-3456"],
    ]) {
      const row = table.getByRole("row", { name: new RegExp(name) })
      await expect(row).toContainText(customerNumber)
      await expect(row).toContainText(organisationNumber)
      await expect(row).toContainText("Administratör")
    }
    await expect(table.getByRole("row")).toHaveCount(3) // header + two companies
    await expect(table).not.toContainText("Gjuteri Väst AB")

    await expect(mainNav(page).getByRole("link")).toHaveText(["Översikt", "Support", "Mina sidor", "Monitor Store"])

    const menuButton = page.getByRole("button", { name: USERS.anna.name })
    await expect(menuButton).toHaveAttribute("aria-expanded", "false")
    await menuButton.click()
    await expect(menuButton).toHaveAttribute("aria-expanded", "true")
    const menu = page.getByRole("menu")
    await expect(menu.getByRole("menuitem")).toHaveText(["Hantera användare", "Logga ut"])
    await menu.getByRole("menuitem", { name: "Hantera användare" }).click()
    await expect(page).toHaveURL(/\/sv\/hantera-anvandare$/)
    await expect(page.getByRole("heading", { level: 1, name: "Hantera användare" })).toBeVisible()
  })

  test("the user menu works with the keyboard", async ({ page }) => {
    await logIn(page, USERS.anna.email)
    const menuButton = page.getByRole("button", { name: USERS.anna.name })
    await menuButton.focus()
    await page.keyboard.press("ArrowDown")
    await expect(page.getByRole("menuitem", { name: "Hantera användare" })).toBeFocused()
    await page.keyboard.press("ArrowDown")
    await expect(page.getByRole("menuitem", { name: "Logga ut" })).toBeFocused()
    await page.keyboard.press("Escape")
    await expect(menuButton).toBeFocused()
    await expect(menuButton).toHaveAttribute("aria-expanded", "false")
  })

  test("cecilia (support only) sees Översikt and Support, no 'Hantera användare', and Mina sidor is refused", async ({ page }) => {
    await logIn(page, USERS.cecilia.email)
    await expect(mainNav(page).getByRole("link")).toHaveText(["Översikt", "Support"])
    await expect(page.getByRole("table", { name: "Dina företag" }).getByRole("row", { name: /Verkstad Nord AB/ })).toContainText(
      "Supportanvändare"
    )

    await page.getByRole("button", { name: USERS.cecilia.name }).click()
    await expect(page.getByRole("menu").getByRole("menuitem")).toHaveText(["Logga ut"])

    await mainNav(page).getByRole("link", { name: "Support" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Supportärenden" })).toBeVisible()

    for (const path of ["/sv/mina-sidor", "/sv/monitor-store", "/sv/hantera-anvandare"]) {
      await page.goto(path)
      await expect(page.getByRole("heading", { level: 1, name: "Sidan är inte tillgänglig" })).toBeVisible()
      await expect(page.getByRole("heading", { level: 1, name: /Mina sidor|Monitor Store|Hantera användare/ })).toHaveCount(0)
    }
  })

  test("bertil gets the union of his roles: user in Nord, support in Syd", async ({ page }) => {
    await logIn(page, USERS.bertil.email)
    await expect(mainNav(page).getByRole("link")).toHaveText(["Översikt", "Support", "Mina sidor", "Monitor Store"])
    const table = page.getByRole("table", { name: "Dina företag" })
    await expect(table.getByRole("row", { name: /Verkstad Nord AB/ })).toContainText("Användare")
    await expect(table.getByRole("row", { name: /Precision Syd AB/ })).toContainText("Supportanvändare")
    await page.getByRole("button", { name: USERS.bertil.name }).click()
    await expect(page.getByRole("menu").getByRole("menuitem")).toHaveText(["Logga ut"])
    await page.goto("/sv/hantera-anvandare")
    await expect(page.getByRole("heading", { level: 1, name: "Sidan är inte tillgänglig" })).toBeVisible()
  })

  test("'Logga ut' returns to login, and portal pages then redirect to login", async ({ page }) => {
    await logIn(page, USERS.anna.email)
    await page.getByRole("button", { name: USERS.anna.name }).click()
    await page.getByRole("menuitem", { name: "Logga ut" }).click()
    await expect(page).toHaveURL(/\/sv\/login$/)
    const cookies = await page.context().cookies()
    expect(cookies.find((cookie) => cookie.name === "mymonitor_session")).toBeUndefined()
    for (const path of ["/sv", "/sv/support"]) {
      await page.goto(path)
      await expect(page).toHaveURL(/\/sv\/login$/)
    }
  })

  test("the English portal shows English labels", async ({ page }) => {
    await logIn(page, USERS.anna.email, undefined, "en")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible()
    await expect(mainNav(page, "Main menu").getByRole("link")).toHaveText(["Overview", "Support", "My pages", "Monitor Store"])
    const table = page.getByRole("table", { name: "Your companies" })
    await expect(table.getByRole("columnheader")).toHaveText(["Company", "Customer number", "Organisation number", "Your role"])
    await expect(table.getByRole("row", { name: /Verkstad Nord AB/ })).toContainText("Administrator")
    await page.getByRole("button", { name: USERS.anna.name }).click()
    await expect(page.getByRole("menu").getByRole("menuitem")).toHaveText(["Manage users", "Log out"])
    await page.keyboard.press("Escape")
    await page.getByRole("link", { name: "Svenska" }).click()
    await expect(page).toHaveURL(/\/sv\/?$/)
    await expect(page.getByRole("heading", { level: 1, name: "Översikt" })).toBeVisible()
  })
})
