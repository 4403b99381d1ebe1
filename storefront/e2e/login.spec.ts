import { expect, test } from "@playwright/test"
import { DEMO_PASSWORD, USERS } from "./demo"

test.describe("login page", () => {
  test("is Swedish by default, with labelled fields and the 'Log in' button", async ({ page }) => {
    await page.goto("/")
    await expect(page).toHaveURL(/\/sv\/login$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "sv")
    await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible()
    await expect(page.getByLabel("E-post")).toHaveAttribute("type", "email")
    await expect(page.getByLabel("Lösenord", { exact: true })).toHaveAttribute("type", "password")
    await expect(page.getByRole("button", { name: "Log in", exact: true })).toBeVisible()
    await expect(page.getByRole("link", { name: "English" })).toBeVisible()
  })

  test("is served with a nonce-based Content-Security-Policy that its own scripts satisfy", async ({ page }) => {
    const violations: string[] = []
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    const response = await page.goto("/sv/login")
    const headers = response!.headers()
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1]
    expect(nonce).toBeTruthy()
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
    expect(headers["permissions-policy"]).toContain("camera=()")
    expect(headers["x-powered-by"]).toBeUndefined()
    // Hydrated under the policy: the client-side switch to English works.
    await page.getByRole("link", { name: "English" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible()
    expect(violations).toEqual([])
  })

  test("a wrong password shows a translated error in a live region and stays on login", async ({ page }) => {
    await page.goto("/sv/login")
    await page.getByLabel("E-post").fill(USERS.anna.email)
    await page.getByLabel("Lösenord", { exact: true }).fill(`${DEMO_PASSWORD}-fel`)
    await page.getByRole("button", { name: "Log in", exact: true }).click()
    const error = page.locator("#login-error")
    await expect(error).toHaveAttribute("aria-live", "assertive")
    await expect(error).toContainText("Fel e-postadress eller lösenord.")
    await expect(page).toHaveURL(/\/sv\/login$/)
    const cookies = await page.context().cookies()
    expect(cookies.find((cookie) => cookie.name === "mymonitor_session")).toBeUndefined()
  })

  test("the English locale shows English labels", async ({ page }) => {
    await page.goto("/sv/login")
    await page.getByRole("link", { name: "English" }).click()
    await expect(page).toHaveURL(/\/en\/login$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible()
    await expect(page.getByLabel("E-mail")).toBeVisible()
    await expect(page.getByLabel("Password", { exact: true })).toBeVisible()
    await expect(page.getByRole("button", { name: "Log in", exact: true })).toBeVisible()
    await expect(page.getByRole("link", { name: "Svenska" })).toBeVisible()
  })

  test("portal pages redirect a visitor without a session to login", async ({ page }) => {
    for (const path of ["/sv", "/sv/support", "/sv/mina-sidor", "/en/monitor-store", "/sv/hantera-anvandare"]) {
      await page.goto(path)
      await expect(page).toHaveURL(new RegExp(`/${path.slice(1, 3)}/login$`))
    }
  })
})
