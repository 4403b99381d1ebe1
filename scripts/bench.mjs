#!/usr/bin/env node
// `npm run bench`: nine pairs, each a portal route against a baseline (Medusa core; Strapi for pair 7; a plain Medusa for pair 9),
// side by side in one run against the production build (`medusa start`), same concurrency, alternating A B A B:
//   1. GET /store/companies (complete portal session) vs GET /store/regions (same session headers)
//      — goal: companies reaches ≥ 0.9 of regions' requests/s.
//   2. The login + 2FA round trip (POST /auth/portal/login → POST /auth/portal/mfa/challenge/verify
//      with a TOTP code) vs Medusa's own password login of vendor staff (POST /auth/user/emailpass).
//   3. A refused portal login: a known e-mail with a wrong password vs an unknown e-mail (ratio ≈ 1: no
//      account enumeration by timing).
//   4. The signed ERP call POST /erp/v1/admin-registrations (fresh requestId and e-mail each time,
//      the e-mail really sent to an in-process SMTP server) vs GET /store/regions in the same loop.
//   5. Monitor Store's company catalog GET /store/companies/:id/products (the company's prices, VAT and
//      license terms) vs Medusa's own GET /store/products with calculated prices and VAT (country_code=se)
//      through the portal's publishable key, so both list Monitor Store's products — goal ≥ 0.9.
//   6. The checkout round trip: open cart → add a license → "Lägg beställning" (order placed, licenses
//      and invoice delivered in the answer); the latency counted is the completion alone (order placed →
//      licenses visible, goal p95 ≤ 1 s), for one buyer at a time (BENCH_CHECKOUT_BUYERS) and, as
//      capacity context, for CONNECTIONS buyers at once, each with their own cart.
//   7. Support's cross-company ticket list GET /store/support/tickets for a user in 20 companies with
//      50,000 tickets in all (seeded in SQL) vs a direct Strapi REST query of one company's tickets
//      (GET /api/support-tickets?filters[companyKey][$eq]=<id>, the same page, order and fields, a
//      read-only token) — goal: p50 ≤ 1.5 × the direct query's; the backend's own Strapi route
//      GET /api/portal/tickets for one company is measured beside them.
//      Only this pair starts Strapi (port 9537, database mymonitor_bench_strapi) beside Medusa.
//   8. Mina sidor › Offerter GET /store/company-quotes for the same user in 20 companies (BENCH_QUOTES_PER_COMPANY
//      quote requests each, real draft orders) vs Medusa's own GET /store/products — p50/p95 side by side.
//   9. What the access layer costs: core GET /store/regions through the portal (guard, complete session) vs
//      the same route on a plain Medusa without plugins (scripts/bench-plain-medusa, port 9538) started on
//      the same database in this run — goal ≥ 0.8.
// Pairs 1, 5 and 7 run on autocannon; the others need per-request bodies, codes and signatures and run
// on a loop of CONNECTIONS concurrent workers (Node fetch), baselines through the same loop.
import autocannon from "autocannon"
import { createHmac, randomUUID } from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import pg from "pg"
import { SMTPServer } from "smtp-server"
import { buildChanged } from "./lib/builds.mjs"
import { databaseUrl, dropDatabase, ensureDatabase, queryOne, startDatabaseServer } from "./lib/database.mjs"
import { DATA_DIR, part } from "./lib/paths.mjs"
import { ProcessGroup, run, waitForHttp } from "./lib/processes.mjs"
import { MEDUSA_SECRET_NAMES, loadDevelopmentSecrets } from "./lib/secrets.mjs"
import { DEMO_DATA_FILE, pick, portalPublishableKey, prepareMedusaDatabase } from "./lib/stack.mjs"
import {
  SUPPORT_COMPANIES,
  dropStrapiDatabase,
  freshStrapiDatabase,
  seedSupportTickets,
  assertSameTicketPage,
  createReadOnlyStrapiToken,
  startBenchStrapi,
  supportPair,
} from "./lib/bench-support.mjs"
import { accessLayerPair, startPlainMedusa } from "./lib/bench-plain-medusa.mjs"

const require = createRequire(import.meta.url)
const GOAL_RATIO = 0.9
const ACCESS_LAYER_GOAL = 0.8 // pair 9: the portal's /store/regions against a plain Medusa's
const LATENCY_GOAL = 1.5 // pair 7: the cross-company list's p50 at most this many times the direct query's
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
// Pair 6's latency goal is one customer's wait; CONNECTIONS buyers at once is measured beside it.
const CHECKOUT_BUYERS = Number(process.env.BENCH_CHECKOUT_BUYERS || 1)
const CHECKOUT_P95_GOAL_MS = 1000
const SECONDS = Number(process.env.BENCH_SECONDS || 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const WARMUP_SECONDS = 1
// One account completes at most ~3 logins per 30 s (TOTP replay guard), so the round trip rotates over many.
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS || 300)
const PORT = 9500
const STRAPI_PORT = 9537
const PLAIN_MEDUSA_PORT = 9538
// BENCH_PAIRS=3,4 measures only those pairs (numbered as in the header), for a quick look at one change.
const chosen = process.env.BENCH_PAIRS?.split(",").map(Number)
const wanted = (n) => !chosen || chosen.includes(n)
const withSupport = wanted(7)
const withQuotes = wanted(8)
const withPlainMedusa = wanted(9)
const QUOTES_PER_COMPANY = Number(process.env.BENCH_QUOTES_PER_COMPANY || 10)
const TOTP_STEP = 30
const loginSteps = { password: [], verify: [] } // the portal login's two steps, for the detail line
// The portal's brute-force limits would answer 429 within a second of the bench: raised for this run only.
const RATE_LIMITS = Object.fromEntries(
  ["LOGIN", "LOGIN_ACCOUNT", "LOGIN_IP", "MFA", "MFA_IP", "ERP_INSTALLATION", "ERP_EMAIL"].map((name) => [
    `RATE_LIMIT_${name}`,
    "1000000/60",
  ])
)

const started = Date.now()
const log = (message) => console.log(`[${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s] ${message}`)
const demo = JSON.parse(fs.readFileSync(DEMO_DATA_FILE, "utf8"))
const database = await startDatabaseServer({ log, port: 54333, dataDir: process.env.EMBEDDED_POSTGRES_DIR || `${DATA_DIR}/postgres-bench` })
const group = new ProcessGroup({ quiet: true })
const medusaBin = part("node_modules", ".bin", "medusa")
const serverDir = part("medusa-backend", ".medusa", "server")
const secrets = loadDevelopmentSecrets()

// A throw-away SMTP server in this process: the ERP call's e-mail is really sent (and counted).
let mailsReceived = 0
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => {})
    stream.on("end", () => {
      mailsReceived++
      callback()
    })
  },
})
await new Promise((resolve, reject) => {
  smtp.server.once("error", reject)
  smtp.listen(0, "127.0.0.1", resolve)
})

const env = {
  ...pick(secrets, MEDUSA_SECRET_NAMES),
  MEDUSA_DATABASE_URL: databaseUrl(database.url, "mymonitor_bench_medusa"),
  MYMONITOR_DEMO_DATA: DEMO_DATA_FILE,
  NODE_ENV: "production",
  PORT: String(PORT),
  MEDUSA_DISABLE_TELEMETRY: "true",
  // The bench measures the API, not the admin bundle.
  MEDUSA_DISABLE_ADMIN: "true",
  SMTP_URL: `smtp://127.0.0.1:${smtp.server.address().port}`,
  STRAPI_URL: `http://localhost:${STRAPI_PORT}`,
  BENCH_ACCOUNTS: String(ACCOUNTS),
  BENCH_BUYERS: String(Math.max(CONNECTIONS, CHECKOUT_BUYERS)),
  BENCH_SUPPORT_COMPANIES: String(withSupport || withQuotes ? SUPPORT_COMPANIES : 0),
  BENCH_QUOTES_PER_COMPANY: String(withQuotes ? QUOTES_PER_COMPANY : 0),
  ...RATE_LIMITS,
}

try {
  const strapiDatabaseUrl = withSupport ? await freshStrapiDatabase(database.url) : undefined
  // Strapi loads its configuration (database included) even to build its admin.
  await buildChanged({
    only: ["plugins", "medusa", ...(withSupport ? ["strapi"] : [])],
    log,
    env: withSupport ? { STRAPI_DATABASE_URL: strapiDatabaseUrl } : {},
  })
  await dropDatabase(database.url, "mymonitor_bench_medusa")
  await ensureDatabase(database.url, "mymonitor_bench_medusa")
  await prepareMedusaDatabase({ medusaServerDir: serverDir, env, databaseUrl: env.MEDUSA_DATABASE_URL, log, group })
  log(`… seeding ${ACCOUNTS} bench accounts with an authenticator-app factor`)
  await run("medusa", medusaBin, ["exec", "./src/scripts/seed-bench-accounts.js"], { cwd: serverDir, env, quiet: true, group })
  const server = group.start("medusa", medusaBin, ["start"], { cwd: serverDir, env })
  const base = `http://localhost:${PORT}`
  const [, strapiUrl, plainMedusaUrl] = await Promise.all([
    waitForHttp(`${base}/health`, { entry: server, expect: (s) => s === 200 }),
    withSupport && startBenchStrapi({ group, secrets, strapiDatabaseUrl, port: STRAPI_PORT, medusaUrl: base, smtpUrl: env.SMTP_URL }),
    withPlainMedusa && startPlainMedusa({ group, medusaBin, databaseUrl: env.MEDUSA_DATABASE_URL, secrets, port: PLAIN_MEDUSA_PORT }),
  ])
  log(`… ${["Medusa", withSupport && "Strapi", withPlainMedusa && "the plain Medusa"].filter(Boolean).join(", ")} up`)
  const supportCompanyIds = withSupport
    ? await seedSupportTickets({
        medusaDatabaseUrl: env.MEDUSA_DATABASE_URL,
        strapiDatabaseUrl,
        strapiUrl,
        apiToken: secrets.STRAPI_API_TOKEN,
        log,
      })
    : []
  const readOnlyStrapiToken = withSupport ? await createReadOnlyStrapiToken({ strapiDatabaseUrl, salt: secrets.API_TOKEN_SALT }) : undefined
  log("… warming up")

  const totp = await totpAccounts(env)
  const demoUser = totp.account(demo.users[0].email)
  const benchAccounts = accountPool(totp.all.filter((a) => a.email.endsWith("@bench.mymonitor.test")))
  if (benchAccounts.size < ACCOUNTS) throw new Error(`only ${benchAccounts.size} of ${ACCOUNTS} bench accounts have a TOTP factor`)

  // The portal's key: its sales channel is Monitor Store's, so core /store/products lists the same
  // products as the company catalog.
  const publishableKey = await portalPublishableKey(env.MEDUSA_DATABASE_URL)
  const session = await portalLogin(base, demoUser, totp)
  const headers = { "x-publishable-api-key": publishableKey, authorization: `Bearer ${session}` }
  const erp = demo.erp_installation
  let erpSerial = 0

  // Monitor Store: the first demo company (the demo user is Administratör there) and its buyers.
  const { id: storeCompanyId } = await queryOne(env.MEDUSA_DATABASE_URL, "select id from company where customer_number = $1", [
    demo.companies[0].customer_number,
  ])
  const { id: regionId } = await queryOne(
    env.MEDUSA_DATABASE_URL,
    "select id from region where currency_code = 'sek' and deleted_at is null limit 1"
  )
  const { id: licenseVariantId } = await queryOne(
    env.MEDUSA_DATABASE_URL,
    "select id from product_variant where sku = 'MON-USER' and deleted_at is null limit 1"
  )
  const buyerPool = []
  for (const account of totp.all
    .filter((a) => a.email.endsWith("@bench.mymonitor.test"))
    .sort((a, b) => a.email.localeCompare(b.email))
    .slice(0, Math.max(CONNECTIONS, CHECKOUT_BUYERS))) {
    buyerPool.push({ "x-publishable-api-key": publishableKey, authorization: `Bearer ${await portalLogin(base, account, totp)}` })
  }
  // Pairs 7 and 8's user: the last bench account, Användare in each of the bench's 20 companies.
  const supportHeaders =
    withSupport || withQuotes
      ? {
          "x-publishable-api-key": publishableKey,
          authorization: `Bearer ${await portalLogin(base, totp.account(`bench-${String(ACCOUNTS - 1).padStart(4, "0")}@bench.mymonitor.test`), totp)}`,
        }
      : undefined
  const storeBase = `${base}/store/companies/${storeCompanyId}`
  // With the buyer's country core adds VAT to each price, as the company catalog does.
  const coreProducts = `${base}/store/products?region_id=${regionId}&country_code=se&fields=*variants.calculated_price&limit=50`
  await assertSameProducts(`${storeBase}/products`, coreProducts, headers)

  const allPairs = [
    {
      unit: "req/s",
      goal: GOAL_RATIO,
      targets: {
        companies: { label: "GET /store/companies (portal, complete session)", url: `${base}/store/companies`, headers },
        regions: { label: "GET /store/regions (Medusa core, baseline)", url: `${base}/store/regions`, headers },
      },
    },
    {
      unit: "login/s",
      note: "a complete login: portal = password step + TOTP step, core = one password request",
      detail: () =>
        `  portal steps: password p50 ${percentile(loginSteps.password, 50).toFixed(1)} ms / p95 ${percentile(loginSteps.password, 95).toFixed(1)} ms, TOTP verify p50 ${percentile(loginSteps.verify, 50).toFixed(1)} ms / p95 ${percentile(loginSteps.verify, 95).toFixed(1)} ms`,
      targets: {
        login: {
          label: "login + 2FA round trip (portal, 2 requests)",
          once: () => benchAccounts.with((account) => portalLogin(base, account, totp)),
        },
        staff: {
          label: "POST /auth/user/emailpass (core password step, baseline)",
          once: () =>
            postJson(`${base}/auth/user/emailpass`, { email: demo.medusa_admin.email, password: demo.medusa_admin.password }, {}, 200),
        },
      },
    },
    {
      unit: "req/s",
      note: "a refused portal login: a known account with a wrong password against an unknown e-mail; the p50s should match (no account enumeration by timing)",
      targets: {
        knownEmail: {
          label: "POST /auth/portal/login (known e-mail, wrong password)",
          once: () => postJson(`${base}/auth/portal/login`, { email: demo.users[0].email, password: "Wrong-password-2026" }, {}, 401),
        },
        unknownEmail: {
          label: "POST /auth/portal/login (unknown e-mail)",
          once: () =>
            postJson(
              `${base}/auth/portal/login`,
              { email: `nobody-${process.pid}@bench.mymonitor.test`, password: "Wrong-password-2026" },
              {},
              401
            ),
        },
      },
    },
    {
      unit: "req/s",
      note: "no core route verifies, writes and mails; baseline = a core DB read through the same loop",
      targets: {
        erp: {
          label: "POST /erp/v1/admin-registrations (signed, 202 + mail)",
          once: () => erpRegistration(base, erp, `erp-bench-${++erpSerial}-${process.pid}@bench.mymonitor.test`),
        },
        regionsLoop: {
          label: "GET /store/regions (core, same loop, baseline)",
          once: () => getJson(`${base}/store/regions`, headers),
        },
      },
    },
    {
      unit: "req/s",
      goal: GOAL_RATIO,
      targets: {
        catalog: { label: "GET /store/companies/:id/products (company prices)", url: `${storeBase}/products`, headers },
        products: { label: "GET /store/products (Medusa core, calculated prices with VAT)", url: coreProducts, headers },
      },
    },
    {
      unit: "order/s",
      note: "latency = the completion alone: order placed → licenses and invoice in the answer",
      p95GoalMs: { target: "checkout", ms: CHECKOUT_P95_GOAL_MS },
      targets: {
        checkout: {
          label: `checkout completion, ${CHECKOUT_BUYERS} buyer${CHECKOUT_BUYERS === 1 ? "" : "s"} at a time`,
          connections: CHECKOUT_BUYERS,
          once: () => checkoutRoundTrip(storeBase, licenseVariantId, buyerPool),
        },
        checkoutCrowd: {
          label: `checkout completion, ${CONNECTIONS} buyers at once`,
          once: () => checkoutRoundTrip(storeBase, licenseVariantId, buyerPool),
        },
      },
    },
    withSupport &&
      supportPair({
        medusaUrl: base,
        headers: supportHeaders,
        strapiUrl,
        apiToken: secrets.STRAPI_API_TOKEN,
        readOnlyToken: readOnlyStrapiToken,
        companyId: supportCompanyIds[0],
        latencyGoal: LATENCY_GOAL,
      }),
    withQuotes && {
      unit: "req/s",
      note: `${SUPPORT_COMPANIES} companies × ${QUOTES_PER_COMPANY} quotes; A lists the newest 20 of them with lines and totals`,
      targets: {
        quoteList: {
          label: `GET /store/company-quotes (${SUPPORT_COMPANIES} companies)`,
          url: `${base}/store/company-quotes`,
          headers: supportHeaders,
        },
        productsQuotes: { label: "GET /store/products (Medusa core, calculated prices with VAT)", url: coreProducts, headers },
      },
    },
    withPlainMedusa && accessLayerPair({ portalUrl: base, headers, plainUrl: plainMedusaUrl, publishableKey, goal: ACCESS_LAYER_GOAL }),
  ]
  const pairs = allPairs.filter((pair, index) => pair && wanted(index + 1))
  if (withSupport) await assertSameTicketPage(allPairs.find((pair) => pair?.targets.strapiRest))

  for (const pair of pairs) {
    for (const target of Object.values(pair.targets)) {
      if (target.url) {
        const check = await fetch(target.url, { headers: target.headers })
        if (check.status !== 200) throw new Error(`${target.url} answered ${check.status}: ${await check.text()}`)
      } else {
        await target.once()
      }
      await measure(target, WARMUP_SECONDS) // warm-up, not counted
    }
  }

  const summaries = []
  loginSteps.password.length = loginSteps.verify.length = 0 // the measured rounds only
  for (const pair of pairs) {
    // The first two targets are the pair; a third, when there is one, is measured beside them for context.
    const names = Object.keys(pair.targets)
    const [a, b] = names
    const samples = Object.fromEntries(names.map((name) => [name, []]))
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of round % 2 ? names : [...names].reverse()) {
        const result = await measure(pair.targets[name], SECONDS)
        samples[name].push(result)
        console.log(`round ${round} ${name.padEnd(11)} ${format(result, pair.unit)}`)
      }
    }
    summaries.push({ pair, a, b, names, results: Object.fromEntries(names.map((name) => [name, combine(samples[name])])) })
  }

  const mailsExpected = erpSerial
  console.log(`\n${CONNECTIONS} connections / concurrent loops, ${ROUNDS} rounds × ${SECONDS} s each, alternating A B A B`)
  console.log(
    `rate limits raised for this run: ${Object.entries(RATE_LIMITS)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")}`
  )
  console.log(
    `round trips rotate over ${benchAccounts.size} bench accounts (TOTP replay guard)${benchAccounts.starvedMs > 500 ? `; workers waited ${(benchAccounts.starvedMs / 1000).toFixed(1)} s for a usable account: raise BENCH_ACCOUNTS` : ""}`
  )
  console.log(
    `ERP calls: ${mailsExpected} answered 202; ${mailsReceived} e-mails in all (registrations, order confirmations, invoices) received by the in-process SMTP server\n`
  )
  console.log(`${"".padEnd(54)} ${"rate".padStart(14)}   ${"p50".padStart(9)}   ${"p95".padStart(9)}`)
  for (const { pair, a, b, names, results } of summaries) {
    for (const name of names) console.log(`${pair.targets[name].label.padEnd(54)} ${row(results[name], pair.unit)}`)
    const ratio = results[a].rps / results[b].rps
    const verdict = pair.goal ? ` — goal ≥ ${pair.goal}: ${ratio >= pair.goal ? "HOLDS" : "MISSED"}` : ""
    if (pair.detail) console.log(pair.detail())
    if (pair.p95GoalMs) {
      const p95 = percentile(results[pair.p95GoalMs.target].latencies, 95)
      console.log(
        `  ${pair.p95GoalMs.target} p95 ${p95.toFixed(0)} ms — goal ≤ ${pair.p95GoalMs.ms} ms: ${p95 <= pair.p95GoalMs.ms ? "HOLDS" : "MISSED"}`
      )
    }
    if (pair.latencyGoal) {
      const p50 = percentile(results[a].latencies, 50) / percentile(results[b].latencies, 50)
      const p95 = percentile(results[a].latencies, 95) / percentile(results[b].latencies, 95)
      console.log(
        `  latency ratio ${a} / ${b}: p50 ${p50.toFixed(2)}, p95 ${p95.toFixed(2)} — goal p50 ≤ ${pair.latencyGoal}: ${p50 <= pair.latencyGoal ? "HOLDS" : "MISSED"}`
      )
    }
    console.log(`  ratio ${a} / ${b} (${pair.unit}): ${ratio.toFixed(2)}${verdict}${pair.note ? `   (${pair.note})` : ""}\n`)
  }
  console.log(`whole bench ${((Date.now() - started) / 1000).toFixed(0)} s`)
} catch (error) {
  // The servers run quietly: on a failure, what they said last says why.
  for (const { name, lines } of group.children) console.error(`--- last lines of ${name} ---\n${lines.slice(-40).join("\n")}`)
  throw error
} finally {
  await group.stopAll()
  await new Promise((resolve) => smtp.close(resolve))
  await dropDatabase(database.url, "mymonitor_bench_medusa").catch(() => {})
  if (withSupport) await dropStrapiDatabase(database.url).catch(() => {})
  await database.stop()
}

/** autocannon for a plain GET; otherwise CONNECTIONS workers calling `once` until the time is up. */
function measure(target, duration) {
  return target.url ? measureAutocannon(target, duration) : measureLoop(target, duration)
}

function measureAutocannon(target, duration) {
  return new Promise((resolve, reject) => {
    const latencies = []
    const instance = autocannon({ url: target.url, headers: target.headers, connections: CONNECTIONS, duration }, (error, result) => {
      if (error) return reject(error)
      if (result.non2xx || result.errors)
        return reject(new Error(`${target.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`))
      resolve({ requests: result.requests.total, seconds: duration, rps: result.requests.total / duration, latencies })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}

async function measureLoop(target, duration) {
  const latencies = []
  const start = performance.now()
  const deadline = start + duration * 1000
  await Promise.all(
    Array.from({ length: target.connections ?? CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now()
        const waited = await target.once()
        latencies.push(performance.now() - t0 - (typeof waited === "number" ? waited : 0))
      }
    })
  )
  const seconds = (performance.now() - start) / 1000
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, latencies }
}

async function postJson(url, body, headers, expected) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (response.status !== expected) throw new Error(`POST ${url} answered ${response.status}: ${text}`)
  return JSON.parse(text)
}

async function getJson(url, headers) {
  const response = await fetch(url, { headers })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text}`)
  return JSON.parse(text)
}

/**
 * One buyer's checkout: the open cart, one license in it, "Lägg beställning". Returns the milliseconds
 * before the completion, which the loop leaves out: the latency counted is order placed → licenses visible.
 */
async function checkoutRoundTrip(storeBase, variantId, buyerPool) {
  const buyer = buyerPool.shift()
  if (!buyer) throw new Error("more concurrent checkouts than buyers: BENCH_BUYERS must be at least BENCH_CONNECTIONS")
  try {
    const t0 = performance.now()
    const { cart } = await postJson(`${storeBase}/carts`, {}, buyer, 200)
    await postJson(`${storeBase}/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, buyer, 200)
    const before = performance.now() - t0
    const { order } = await postJson(`${storeBase}/carts/${cart.id}/complete`, { accept_terms: true, your_reference: "bench" }, buyer, 201)
    if (order.delivery_status !== "delivered" || !order.licenses.length || !order.invoice) {
      throw new Error(`order ${order.id} answered without its delivery: ${JSON.stringify(order).slice(0, 300)}`)
    }
    return before
  } finally {
    buyerPool.push(buyer)
  }
}

/** Pair 5 compares like with like: both lists name the same products, with a price on every variant. */
async function assertSameProducts(catalogUrl, coreUrl, headers) {
  const [catalog, core] = await Promise.all([getJson(catalogUrl, headers), getJson(coreUrl, headers)])
  const catalogIds = catalog.products.map((p) => p.id).sort()
  const coreIds = core.products.map((p) => p.id).sort()
  const priced = core.products.every((p) => p.variants.every((v) => v.calculated_price?.calculated_amount_with_tax != null))
  if (!catalogIds.length || catalogIds.join() !== coreIds.join() || !priced)
    throw new Error(
      `pair 5 would compare unlike lists: catalog ${catalogIds.length} products, core ${coreIds.length} (with VAT: ${priced})`
    )
}

/** The storefront's two login steps; returns the complete session's token. */
async function portalLogin(base, account, totp) {
  const t0 = performance.now()
  const login = await postJson(`${base}/auth/portal/login`, { email: account.email, password: demo.password }, {}, 200)
  if (login.next !== "mfa_challenge") throw new Error(`login of ${account.email} answered next=${login.next}`)
  const t1 = performance.now()
  const code = await totp.nextCode(account)
  const verified = await postJson(
    `${base}/auth/portal/mfa/challenge/verify`,
    { method: "totp", code },
    { authorization: `Bearer ${login.token}` },
    200
  )
  loginSteps.password.push(t1 - t0)
  loginSteps.verify.push(performance.now() - t1)
  if (!verified.token) throw new Error(`verify of ${account.email} gave no token`)
  return verified.token
}

/** Signed like Monitor ERP (scripts/erp-simulator.mjs): HMAC-SHA256 over "<timestamp>.<raw body>". */
async function erpRegistration(base, installation, email) {
  const body = JSON.stringify({
    requestId: randomUUID(),
    email,
    erpVersion: "25.7.2",
    erpUser: { id: "ADMIN", name: "Monitor-ansvarig", roles: ["Monitor-ansvarig"] },
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = `v1=${createHmac("sha256", installation.secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`
  const response = await fetch(`${base}/erp/v1/admin-registrations`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-monitor-installation": installation.id,
      "x-monitor-timestamp": timestamp,
      "x-monitor-signature": signature,
    },
    body,
  })
  const text = await response.text()
  if (response.status !== 202) throw new Error(`ERP call answered ${response.status}: ${text}`)
}

/**
 * The TOTP seeds of every account with an authenticator app, opened the way `npm run totp` does,
 * and codes that respect the replay guard: each login uses the earliest time step within the
 * provider's ±30 s window that this account has not used yet.
 */
async function totpAccounts(env) {
  process.env.MFA_ENCRYPTION_KEY = env.MFA_ENCRYPTION_KEY
  const { openSecret } = require(part("plugins/common/.medusa/server/src/lib/secret-box.js"))
  const { totpCode } = require(part("plugins/portal-auth/.medusa/server/src/lib/otp.js"))
  const client = new pg.Client({ connectionString: env.MEDUSA_DATABASE_URL })
  await client.connect()
  let rows
  try {
    ;({ rows } = await client.query(
      `select p.entity_id as email, f.provider_metadata from auth_mfa_factor f join provider_identity p on p.auth_identity_id = f.auth_identity_id
       where p.provider = 'emailpass' and f.provider = 'totp' and f.status = 'enabled' and f.deleted_at is null order by p.entity_id`
    ))
  } finally {
    await client.end()
  }
  const all = rows.map((row) => ({
    email: row.email,
    secret: openSecret(row.provider_metadata.sealed_secret, "MFA_ENCRYPTION_KEY"),
    lastStep: row.provider_metadata.last_time_step ?? -1,
  }))
  return {
    all,
    account: (email) => all.find((a) => a.email === email) ?? fail(`${email} has no TOTP factor`),
    nextCode: async (account) => {
      const step = usableStep(account)
      if (step === undefined) throw new Error(`${account.email} has no unused TOTP time step left`)
      account.lastStep = step
      return totpCode(account.secret, step * TOTP_STEP)
    },
  }
}

/** The earliest step the server still accepts (previous, current, next) and the guard has not seen. */
function usableStep(account, now = Date.now() / 1000) {
  const current = Math.floor(now / TOTP_STEP)
  // The previous step only early in the current one: the request must arrive before it rolls over.
  const candidates = now % TOTP_STEP < 20 ? [current - 1, current, current + 1] : [current, current + 1]
  return candidates.find((step) => step > account.lastStep)
}

/** Hands each worker an account that is free and has a usable time step. */
function accountPool(accounts) {
  const busy = new Set()
  let next = 0
  const take = () => {
    for (let i = 0; i < accounts.length; i++) {
      const account = accounts[(next + i) % accounts.length]
      if (busy.has(account) || usableStep(account) === undefined) continue
      next = (next + i + 1) % accounts.length
      busy.add(account)
      return account
    }
    return undefined
  }
  const pool = {
    size: accounts.length,
    starvedMs: 0,
    /** Runs `work` with an account; returns the ms spent waiting for one (not counted as latency). */
    async with(work) {
      const waitStart = performance.now()
      let account
      while (!(account = take())) await new Promise((resolve) => setTimeout(resolve, 50))
      const waited = performance.now() - waitStart
      if (waited >= 50) pool.starvedMs += waited
      try {
        await work(account)
      } finally {
        busy.delete(account)
      }
      return waited
    },
  }
  return pool
}

function fail(message) {
  throw new Error(message)
}

function combine(results) {
  const latencies = results.flatMap((r) => r.latencies)
  const requests = results.reduce((sum, r) => sum + r.requests, 0)
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0)
  return { requests, seconds, rps: requests / seconds, latencies }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function row(result, unit) {
  return `${result.rps.toFixed(result.rps < 100 ? 1 : 0).padStart(6)} ${unit.padEnd(7)}   ${percentile(result.latencies, 50).toFixed(1).padStart(6)} ms   ${percentile(result.latencies, 95).toFixed(1).padStart(6)} ms`
}

function format(result, unit) {
  return `${row(result, unit)}   (${result.requests} in ${result.seconds.toFixed(1)} s)`
}
