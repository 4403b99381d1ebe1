#!/usr/bin/env node
// `npm start`: the whole portal with demo data, on a fresh machine with only Node and npm.
import fs from "node:fs"
import { DEMO_DATA_FILE, startStack } from "./lib/stack.mjs"

const demo = JSON.parse(fs.readFileSync(DEMO_DATA_FILE, "utf8"))
let stack
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nStopping myMonitor …")
  await stack?.stop()
  console.log("Stopped. Nothing is left running.")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  const started = Date.now()
  stack = await startStack()
  printBanner(stack, Math.round((Date.now() - started) / 1000))
  for (const { name, child } of stack.group.children) {
    child.once("exit", (code, signal) => {
      if (stopping) return
      console.error(`\n${name} stopped unexpectedly (${signal ?? code}); stopping the rest.`)
      shutdown(1)
    })
  }
} catch (error) {
  console.error(`\nmyMonitor could not start:\n${error.message}`)
  await shutdown(1)
}

function printBanner({ urls, publishableKey, database }, seconds) {
  const roles = { admin: "Administratör", user: "Användare", support: "Supportanvändare" }
  const companyName = Object.fromEntries(demo.companies.map((c) => [c.handle, c.name]))
  const line = "─".repeat(78)
  const users = demo.users.map(
    (u) => `   ${u.email.padEnd(28)} ${u.memberships.map((m) => `${roles[m.role]} i ${companyName[m.company]}`).join(", ")}`
  )
  console.log(`
${line}
 myMonitor is ready (${seconds} s)

 Portal (storefront)   ${urls.storefront}
 Medusa admin          ${urls.medusa}/app      ${demo.medusa_admin.email} / ${demo.medusa_admin.password}
                                                 then the app code: npm run totp -- ${demo.medusa_admin.email}
 Medusa API            ${urls.medusa}          publishable key ${publishableKey}
 Strapi admin          ${urls.strapi}/admin    ${demo.strapi_admin.email} / ${demo.strapi_admin.password} (content, Editor)
                                                 ${demo.strapi_support.email} / ${demo.strapi_support.password} (support staff)
 Mail inbox            ${urls.mail ?? `(SMTP_URL is set: mail goes to ${process.env.SMTP_URL})`}
 PostgreSQL            ${database.embedded ? "embedded, data in .data/postgres" : "from DATABASE_URL"}

 Portal logins (password ${demo.password}), then the six-digit app code from
   npm run totp -- <e-mail>
${users.join("\n")}
${erpBanner(urls)}

 Ctrl-C stops everything.
${line}`)
}

/** The demo ERP installation and the simulator command that plays the ERP's "Registrera dig som admin" button. */
function erpBanner(urls) {
  const erp = demo.erp_installation
  if (!erp) return ""
  const company = demo.companies.find((c) => c.handle === erp.company)?.name ?? erp.company
  const url = urls.medusa === "http://localhost:9000" ? "" : ` --url ${urls.medusa}`
  return `
 ERP installation (${company}), dev-only:
   id ${erp.id}   secret ${erp.secret}
   npm run erp -- register-admin --installation ${erp.id} --email anna@kund.se${url}`
}
