import { defineConfig, devices, type ReporterDescription } from "@playwright/test"

// Browser tests run against a stack someone else started (the root runner starts Medusa with
// the demo data and the storefront, and sets E2E_BASE_URL). This config starts no server.

const reporter: ReporterDescription[] = [["list"]]
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) {
  reporter.push(["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }])
}

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A demo login computes its app code with scripts/totp.mjs, which waits when the current code was just used.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter,
  outputDir: "test-results",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: process.env.E2E_BASE_URL || "http://localhost:8000",
    locale: "sv-SE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
})
