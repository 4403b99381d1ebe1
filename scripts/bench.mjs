#!/usr/bin/env node
// `npm run bench`: the portal's authenticated companies route against Medusa's own
// /store/regions, side by side in one run against the production build (`medusa start`),
// same concurrency, alternating A B A B. Goal: companies reaches ≥ 0.9 of regions' requests/s.
import autocannon from "autocannon"
import fs from "node:fs"
import { buildChanged } from "./lib/builds.mjs"
import { databaseUrl, dropDatabase, ensureDatabase, queryOne, startDatabaseServer } from "./lib/database.mjs"
import { DATA_DIR, part } from "./lib/paths.mjs"
import { ProcessGroup, waitForHttp } from "./lib/processes.mjs"
import { MEDUSA_SECRET_NAMES, loadDevelopmentSecrets } from "./lib/secrets.mjs"
import { DEMO_DATA_FILE, pick, prepareMedusaDatabase } from "./lib/stack.mjs"

const GOAL_RATIO = 0.9
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const SECONDS = Number(process.env.BENCH_SECONDS || 8)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const PORT = 9500

const demo = JSON.parse(fs.readFileSync(DEMO_DATA_FILE, "utf8"))
const database = await startDatabaseServer({ port: 54333, dataDir: process.env.EMBEDDED_POSTGRES_DIR || `${DATA_DIR}/postgres-bench` })
const group = new ProcessGroup({ quiet: true })
const medusaBin = part("node_modules", ".bin", "medusa")
const serverDir = part("medusa-backend", ".medusa", "server")
const secrets = loadDevelopmentSecrets()
const env = {
  ...pick(secrets, MEDUSA_SECRET_NAMES),
  MEDUSA_DATABASE_URL: databaseUrl(database.url, "mymonitor_bench_medusa"),
  MYMONITOR_DEMO_DATA: DEMO_DATA_FILE,
  NODE_ENV: "production",
  PORT: String(PORT),
  MEDUSA_DISABLE_TELEMETRY: "true",
  // The bench measures the API, not the admin bundle.
  MEDUSA_DISABLE_ADMIN: "true",
}

try {
  await buildChanged({ only: ["plugins", "medusa"] })
  await dropDatabase(database.url, "mymonitor_bench_medusa")
  await ensureDatabase(database.url, "mymonitor_bench_medusa")
  await prepareMedusaDatabase({ medusaServerDir: serverDir, env, databaseUrl: env.MEDUSA_DATABASE_URL, log: console.log, group })
  const server = group.start("medusa", medusaBin, ["start"], { cwd: serverDir, env })
  const base = `http://localhost:${PORT}`
  await waitForHttp(`${base}/health`, { entry: server, expect: (s) => s === 200 })

  const { token: publishableKey } = await queryOne(env.MEDUSA_DATABASE_URL, "select token from api_key where type = 'publishable' and revoked_at is null limit 1")
  const login = await fetch(`${base}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demo.users[0].email, password: demo.password }),
  }).then((r) => r.json())
  const headers = { "x-publishable-api-key": publishableKey, authorization: `Bearer ${login.token}` }

  const targets = {
    companies: { label: "GET /store/companies (authenticated, portal)", url: `${base}/store/companies`, headers },
    regions: { label: "GET /store/regions (Medusa core, baseline)", url: `${base}/store/regions`, headers: { "x-publishable-api-key": publishableKey } },
  }
  for (const target of Object.values(targets)) {
    const check = await fetch(target.url, { headers: target.headers })
    if (check.status !== 200) throw new Error(`${target.url} answered ${check.status}`)
    await measure(target, 2) // warm-up, not counted
  }

  const samples = { companies: [], regions: [] }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of round % 2 ? ["companies", "regions"] : ["regions", "companies"]) {
      const result = await measure(targets[name], SECONDS)
      samples[name].push(result)
      console.log(`round ${round} ${name.padEnd(9)} ${format(result)}`)
    }
  }
  const summary = Object.fromEntries(Object.entries(samples).map(([name, results]) => [name, combine(results)]))
  const ratio = summary.companies.rps / summary.regions.rps
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s each, alternating`)
  for (const [name, result] of Object.entries(summary)) console.log(`${targets[name].label.padEnd(46)} ${format(result)}`)
  console.log(`ratio companies / regions (requests/s): ${ratio.toFixed(2)} — goal ≥ ${GOAL_RATIO}: ${ratio >= GOAL_RATIO ? "HOLDS" : "MISSED"}`)
} finally {
  await group.stopAll()
  await dropDatabase(database.url, "mymonitor_bench_medusa").catch(() => {})
  await database.stop()
}

function measure(target, duration) {
  return new Promise((resolve, reject) => {
    const latencies = []
    const instance = autocannon({ url: target.url, headers: target.headers, connections: CONNECTIONS, duration }, (error, result) => {
      if (error) return reject(error)
      if (result.non2xx || result.errors) return reject(new Error(`${target.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`))
      resolve({ requests: result.requests.total, seconds: duration, rps: result.requests.total / duration, latencies })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
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

function format(result) {
  return `${result.rps.toFixed(0).padStart(6)} req/s   p50 ${percentile(result.latencies, 50).toFixed(1)} ms   p95 ${percentile(result.latencies, 95).toFixed(1)} ms`
}
