#!/usr/bin/env node
// `npm test`: every part's tests against real PostgreSQL (DATABASE_URL, else embedded),
// then the browser tests against the running portal, then one summary line.
// `npm test -- --only medusa,browser` runs a subset.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildChanged } from "./lib/builds.mjs"
import { findChromium } from "./lib/chromium.mjs"
import { databaseUrl, startDatabaseServer } from "./lib/database.mjs"
import { DATA_DIR, ROOT } from "./lib/paths.mjs"
import { run } from "./lib/processes.mjs"
import { startStack } from "./lib/stack.mjs"
import { countsFromJest, countsFromNodeTest, countsFromPlaywright } from "./lib/test-reports.mjs"

const onlyArgument = process.argv.find((arg) => arg.startsWith("--only"))
const only = onlyArgument ? (onlyArgument.split("=")[1] ?? process.argv[process.argv.indexOf(onlyArgument) + 1]).split(",") : undefined
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "mymonitor-test-"))
const results = []

const database = await startDatabaseServer({
  dataDir: process.env.EMBEDDED_POSTGRES_DIR || path.join(DATA_DIR, "postgres-test"),
  port: Number(process.env.EMBEDDED_POSTGRES_TEST_PORT || 54330),
})
const server = new URL(database.url)
// @medusajs/test-utils reads DB_* and turns SSL on unless the host is the word "localhost".
const databaseEnv = {
  DATABASE_URL: database.url,
  DB_HOST: ["127.0.0.1", "::1", "[::1]"].includes(server.hostname) ? "localhost" : server.hostname,
  DB_PORT: server.port || "5432",
  DB_USERNAME: decodeURIComponent(server.username || "postgres"),
  DB_PASSWORD: decodeURIComponent(server.password || ""),
  MEDUSA_DISABLE_TELEMETRY: "true",
  STRAPI_TELEMETRY_DISABLED: "true",
  NEXT_TELEMETRY_DISABLED: "1",
}

process.on("SIGINT", async () => {
  await database.stop()
  process.exit(130)
})

const jestPart = (name, workspace, extraEnv = {}) => ({
  name,
  async run() {
    const output = path.join(reportDir, `${name}.json`)
    await run(name, "npm", ["test", "-w", workspace, "--", "--json", `--outputFile=${output}`], {
      cwd: ROOT,
      env: { ...databaseEnv, ...extraEnv },
    }).catch(() => {})
    return countsFromJest(output)
  },
})

const PARTS = [
  {
    name: "build",
    async run() {
      await run("build", "npm", ["run", "build:plugins"], { cwd: ROOT, quiet: true, env: databaseEnv })
      // The support-desk spec runs the built Strapi (`strapi start`) beside Medusa. Strapi reads a
      // database URL even to build its admin; nothing connects at build time.
      await buildChanged({
        only: ["strapi"],
        log: (line) => console.log(`build     │ ${line}`),
        env: { ...databaseEnv, STRAPI_DATABASE_URL: databaseUrl(database.url, "mymonitor_strapi_build") },
      })
      return undefined
    },
  },
  {
    name: "lint",
    async run() {
      // ESLint and Prettier over every workspace: one count, the whole tree clean or not.
      const clean = await run("lint", "npm", ["run", "lint"], { cwd: ROOT }).then(
        () => true,
        () => false
      )
      return { passed: clean ? 1 : 0, failed: clean ? 0 : 1, skipped: 0 }
    },
  },
  jestPart("common", "@mymonitor/common"),
  jestPart("notifications", "@mymonitor/notifications"),
  jestPart("portal-permissions", "@mymonitor/portal-permissions"),
  jestPart("audit-log", "@mymonitor/audit-log"),
  jestPart("company-tenancy", "@mymonitor/company-tenancy"),
  jestPart("monitor-registration", "@mymonitor/monitor-registration"),
  jestPart("portal-auth", "@mymonitor/portal-auth"),
  jestPart("licensing", "@mymonitor/licensing"),
  jestPart("invoicing", "@mymonitor/invoicing"),
  jestPart("monitor-store", "@mymonitor/monitor-store"),
  jestPart("support-desk", "@mymonitor/support-desk"),
  jestPart("quotes", "@mymonitor/quotes"),
  jestPart("medusa", "medusa-backend"),
  jestPart("strapi", "strapi-cms"),
  jestPart("storefront", "storefront"),
  {
    name: "scripts",
    async run() {
      const files = fs.readdirSync(path.join(ROOT, "scripts", "__tests__")).filter((f) => f.endsWith(".test.mjs"))
      const lines = await run(
        "scripts",
        process.execPath,
        ["--test", "--test-reporter=tap", ...files.map((f) => `scripts/__tests__/${f}`)],
        {
          cwd: ROOT,
          env: { ...databaseEnv },
        }
      ).catch((error) => error.message.split("\n"))
      return countsFromNodeTest(lines)
    },
  },
  {
    name: "browser",
    async run() {
      const chromium = findChromium()
      if (!chromium) {
        if (process.env.CI === "true")
          throw new Error("CI=true and no Chromium found: the browser tests must run in CI (apt-get install -y chromium).")
        console.log(
          "\n!!! BROWSER TESTS SKIPPED: no Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. !!!\n"
        )
        return { passed: 0, failed: 0, skipped: 1 }
      }
      // The browser tests play the SMS operator (a fake gateway on this port) and log in far more
      // often from one address than a person would.
      const smsGatewayPort = 9199
      Object.assign(process.env, {
        SMS_GATEWAY_URL: `http://127.0.0.1:${smsGatewayPort}/sms`,
        RATE_LIMIT_LOGIN_IP: "1000/900",
        RATE_LIMIT_MFA_IP: "1000/900",
        RATE_LIMIT_REGISTRATION_IP: "1000/3600",
      })
      const stack = await startStack({
        ports: { medusa: 9100, strapi: 1437, storefront: 8100, mailSmtp: 1125, mailWeb: 1180 },
        databasePrefix: "mymonitor_e2e",
        freshDatabases: true,
        parts: ["medusa", "strapi", "storefront"],
        quiet: true,
        databaseServer: database,
        log: (line) => console.log(`browser   │ ${line}`),
      })
      const output = path.join(reportDir, "browser.json")
      try {
        await run("browser", "npm", ["run", "test:e2e", "-w", "storefront"], {
          cwd: ROOT,
          env: {
            E2E_BASE_URL: stack.urls.storefront,
            E2E_MEDUSA_URL: stack.urls.medusa,
            E2E_STRAPI_URL: stack.urls.strapi,
            E2E_MAIL_URL: stack.urls.mail,
            E2E_SMS_GATEWAY_PORT: String(smsGatewayPort),
            // scripts/totp.mjs and scripts/erp-simulator.mjs read the test stack's database and backend.
            MEDUSA_DATABASE_URL: databaseUrl(database.url, "mymonitor_e2e_medusa"),
            MEDUSA_BACKEND_URL: stack.urls.medusa,
            CHROMIUM_PATH: chromium,
            PLAYWRIGHT_JSON_OUTPUT_NAME: output,
          },
        }).catch(() => {})
      } finally {
        await stack.stop()
      }
      return countsFromPlaywright(output)
    },
  },
]

let failedToRun = 0
for (const part of PARTS) {
  if (only && !only.includes(part.name) && part.name !== "build") continue
  const started = Date.now()
  console.log(`\n━━ ${part.name} ━━`)
  try {
    const counts = await part.run()
    if (counts) results.push({ name: part.name, ...counts, seconds: Math.round((Date.now() - started) / 1000) })
  } catch (error) {
    failedToRun++
    console.error(`${part.name} could not run: ${error.message}`)
    results.push({ name: part.name, passed: 0, failed: 1, skipped: 0, seconds: Math.round((Date.now() - started) / 1000) })
  }
}
await database.stop()

const total = results.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 }
)
console.log(
  "\n" + results.map((r) => `${r.name.padEnd(22)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds} s)`).join("\n")
)
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed || failedToRun ? 1 : 0)
