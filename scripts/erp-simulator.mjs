#!/usr/bin/env node
// `npm run erp -- register-admin ...`: plays Monitor ERP's "Registrera dig som admin för myMonitor"
// button (Backstage → Om → Kontakta oss) against the ERP API, signed like the real ERP
// (docs/erp-api.openapi.yaml). Without --installation/--secret it uses the demo
// installation the seed wrote to .data/demo-erp-installation.json.
import { createHmac, randomUUID } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { DATA_DIR, part } from "./lib/paths.mjs"

const USAGE = `Usage: npm run erp -- register-admin --email <e-mail> [options]

  --installation <id>     ERP installation id (default: the demo installation)
  --secret <secret>       its shared secret (default: from .data/demo-erp-installation.json)
  --email <e-mail>        who gets the registration link (required)
  --erp-version <x.y[.z]> Monitor ERP version (default 25.7.2)
  --erp-user-id <id>      ERP user id (default ADMIN)
  --name <name>           ERP user's name (default "Monitor-ansvarig")
  --roles <a,b>           ERP user's roles (default Monitor-ansvarig)
  --request-id <uuid>     idempotency key (default: a new uuid; send one twice to see 409)
  --url <url>             Medusa backend (default http://localhost:$MEDUSA_PORT or :9000)`

function fail(message) {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(2)
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return undefined
  }
}

/** The demo installation: the seed's file, else scripts/demo-data.json. */
function demoInstallation() {
  const written = readJson(path.join(DATA_DIR, "demo-erp-installation.json"))
  if (written?.installation && written?.secret) return { id: written.installation, secret: written.secret }
  const demo = readJson(part("scripts", "demo-data.json"))?.erp_installation
  return demo ? { id: demo.id, secret: demo.secret } : undefined
}

export function signErpRequest(secret, timestamp, rawBody) {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex")}`
}

async function registerAdmin(values) {
  if (!values.email) fail("--email is required.")
  const demo = demoInstallation()
  const installation = values.installation ?? demo?.id
  if (!installation) fail("--installation is required (no demo installation found: run npm start once).")
  const secret = values.secret ?? (demo && demo.id === installation ? demo.secret : undefined)
  if (!secret) fail(`--secret is required for installation ${installation} (only the demo installation's secret is known here).`)
  const url = (values.url ?? process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.MEDUSA_PORT || 9000}`).replace(/\/+$/, "")

  const body = JSON.stringify({
    requestId: values["request-id"] ?? randomUUID(),
    email: values.email,
    erpVersion: values["erp-version"] ?? "25.7.2",
    erpUser: {
      id: values["erp-user-id"] ?? "ADMIN",
      name: values.name ?? "Monitor-ansvarig",
      roles: (values.roles ?? "Monitor-ansvarig")
        .split(",")
        .map((role) => role.trim())
        .filter(Boolean),
    },
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const endpoint = `${url}/erp/v1/admin-registrations`
  console.log(`POST ${endpoint}\nX-Monitor-Installation: ${installation}\n${body}`)
  let response
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-monitor-installation": installation,
        "x-monitor-timestamp": timestamp,
        "x-monitor-signature": signErpRequest(secret, timestamp, body),
      },
      body,
    })
  } catch (error) {
    console.error(`\nCould not reach ${url}: ${error.cause?.message ?? error.message}. Is the backend running (npm start)?`)
    process.exit(1)
  }
  const text = await response.text()
  console.log(`\n→ ${response.status} ${text}`)
  if (response.status === 202)
    console.log(`\nThe registration e-mail went to ${values.email}; open it in the mail inbox (npm start's banner).`)
  process.exit(response.status === 202 ? 0 : 1)
}

const [command, ...rest] = process.argv.slice(2)
if (!command || command === "--help" || command === "-h") {
  console.log(USAGE)
  process.exit(command ? 0 : 2)
}
if (command !== "register-admin") fail(`Unknown command ${command}.`)
let parsed
try {
  parsed = parseArgs({
    args: rest,
    options: Object.fromEntries(
      ["installation", "secret", "email", "erp-version", "erp-user-id", "name", "roles", "request-id", "url"].map((name) => [
        name,
        { type: "string" },
      ])
    ),
    strict: true,
  })
} catch (error) {
  fail(error.message)
}
await registerAdmin(parsed.values)
