import { readFileSync } from "node:fs"
import path from "node:path"
import { expect, type BrowserContext, type Page } from "@playwright/test"
import { demoTotp } from "./support/scripts"

// The demo users and their password come from the same file the backend's seed reads.
const demo = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "scripts", "demo-data.json"), "utf8")) as {
  password: string
  medusa_admin: { email: string; password: string }
}

/** The vendor staff's login to the Medusa admin. */
export const MEDUSA_ADMIN = demo.medusa_admin

export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD || demo.password

export const USERS = {
  anna: { email: "anna@verkstadnord.se", name: "Anna Andersson" },
  bertil: { email: "bertil@verkstadnord.se", name: "Bertil Berg" },
  cecilia: { email: "cecilia@verkstadnord.se", name: "Cecilia Carlsson" },
} as const

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>

// A demo user logs in with password and app code once per test run; later tests reuse that
// session (a TOTP code works once per 30 s, so logging in anew for every test would mostly wait).
const sessions = new Map<string, Cookies>()

/** The full login: e-mail + password → "Log in" → the six-digit app code → the arrow → Översikt. */
export async function logInWithCode(
  page: Page,
  email: string,
  code: () => Promise<string>,
  password = DEMO_PASSWORD,
  locale: "sv" | "en" = "sv"
) {
  // A login page opened by a link (e.g. "Logga in för att acceptera") keeps its parameters.
  if (!new RegExp(`/${locale}/login(\\?|$)`).test(page.url())) await page.goto(`/${locale}/login`)
  await page.getByLabel(locale === "sv" ? "E-post" : "E-mail").fill(email)
  await page.getByLabel(locale === "sv" ? "Lösenord" : "Password", { exact: true }).fill(password)
  await page.getByRole("button", { name: "Log in", exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/login/kod$`))
  await page.getByLabel(locale === "sv" ? "Sexsiffrig kod" : "Six-digit code").fill(await code())
  await page.getByRole("button", { name: locale === "sv" ? "Logga in" : "Log in", exact: true }).click()
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD, locale: "sv" | "en" = "sv") {
  const saved = password === DEMO_PASSWORD ? sessions.get(email) : undefined
  if (saved) {
    await page.context().addCookies(saved)
    await page.goto(`/${locale}`)
    if (new RegExp(`/${locale}/?$`).test(page.url())) return
    await page.context().clearCookies()
  }
  await logInWithCode(page, email, () => demoTotp(email), password, locale)
  await expect(page).toHaveURL(new RegExp(`/${locale}/?$`))
  const cookies = (await page.context().cookies()).filter((cookie) => cookie.name === "mymonitor_session")
  if (password === DEMO_PASSWORD && cookies.length) sessions.set(email, cookies)
}
