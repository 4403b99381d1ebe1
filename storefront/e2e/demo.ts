import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// The demo users and their password come from the same file the backend's seed reads.
const demo = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "scripts", "demo-data.json"), "utf8")) as {
  password: string;
  medusa_admin: { email: string; password: string };
};

/** The vendor staff's login to the Medusa admin. */
export const MEDUSA_ADMIN = demo.medusa_admin;

export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD || demo.password;

export const USERS = {
  anna: { email: "anna@verkstadnord.se", name: "Anna Andersson" },
  bertil: { email: "bertil@verkstadnord.se", name: "Bertil Berg" },
  cecilia: { email: "cecilia@verkstadnord.se", name: "Cecilia Carlsson" },
} as const;

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD, locale: "sv" | "en" = "sv") {
  await page.goto(`/${locale}/login`);
  await page.getByLabel(locale === "sv" ? "E-post" : "E-mail").fill(email);
  await page.getByLabel(locale === "sv" ? "Lösenord" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/?$`));
}
