import { expect, type Page, test } from "@playwright/test"
import { MEDUSA_ADMIN } from "./demo"
import { demoTotp } from "./support/scripts"

// Vendor staff's side of the portal: the Medusa admin (served by the backend under /app)
// with the company-tenancy plugin's Companies page. The root runner sets E2E_MEDUSA_URL.
const medusaUrl = process.env.E2E_MEDUSA_URL || "http://localhost:9000"

/** Logs vendor staff in to the admin (password, then the app code) and waits for its navigation. */
async function logInToAdmin(page: Page) {
  await page.goto(`${medusaUrl}/app/login`)
  await page.locator("input[name=email]").fill(MEDUSA_ADMIN.email)
  await page.locator("input[name=password]").fill(MEDUSA_ADMIN.password)
  await page.keyboard.press("Enter")
  // The second factor is mandatory for vendor staff too: the admin asks for the app code.
  await expect(page.getByText("Two-factor authentication")).toBeVisible({ timeout: 20_000 })
  const code = await demoTotp(MEDUSA_ADMIN.email)
  // One box per digit; typed one at a time (a fast burst loses keystrokes in the admin's OTP input).
  await page.getByRole("textbox", { name: "One-time password 1" }).click()
  await page.keyboard.type(code, { delay: 120 })
  const verify = page.getByRole("button", { name: "Verify" })
  // The admin submits by itself once six digits are in; press Verify only if it is still there.
  if (await verify.isEnabled({ timeout: 2_000 }).catch(() => false)) await verify.click({ timeout: 2_000 }).catch(() => undefined)
  await expect(page.getByRole("link", { name: "Companies" })).toBeVisible({ timeout: 60_000 })
}

test("vendor staff log in to the Medusa admin and see every company with its members and roles", async ({ page }) => {
  // The code of the staff account may have to wait for the next 30-second step (the replay guard).
  test.setTimeout(180_000)
  await logInToAdmin(page)

  await page.getByRole("link", { name: "Companies" }).click()
  await expect(page.getByRole("heading", { name: "Companies" })).toBeVisible()
  const nord = page.getByRole("row", { name: /Verkstad Nord AB/ })
  await expect(nord).toContainText("10001")
  await expect(nord).toContainText("Anna Andersson")
  await expect(nord).toContainText("Administratör")
  await expect(nord).toContainText("Supportanvändare")
  await expect(page.getByText("3 companies")).toBeVisible()

  await page.getByRole("searchbox", { name: /Search companies/ }).fill("10003")
  await expect(page.getByRole("row", { name: /Gjuteri Väst AB/ })).toBeVisible()
  await expect(page.getByRole("row", { name: /Verkstad Nord AB/ })).toHaveCount(0)
})

test("vendor staff find the quote queue, Offerter, in the Medusa admin", async ({ page }) => {
  // The quotes plugin's admin route: a sidebar entry and /app/quotes with the queue's table.
  test.setTimeout(180_000)
  await logInToAdmin(page)
  await expect(page.getByRole("link", { name: "Offerter" })).toBeVisible()
  await page.getByRole("link", { name: "Offerter" }).click()
  await expect(page).toHaveURL(/\/app\/quotes\/?$/)
  await expect(page.getByRole("heading", { name: "Offerter", exact: true })).toBeVisible()
  for (const column of ["Offert", "Företag", "Status", "Begärd", "Begärd av", "Giltig till", "Summa"]) {
    await expect(page.getByRole("columnheader", { name: column, exact: true })).toBeVisible()
  }
})
