#!/usr/bin/env node
// Production-profile smoke test: the built Medusa refuses demo secrets, and with strong
// ones starts on the Redis modules (REDIS_URL) against a fresh database.
import net from "node:net"
import { part } from "./lib/paths.mjs"
import { databaseUrl, dropDatabase, ensureDatabase, startDatabaseServer } from "./lib/database.mjs"
import { ProcessGroup, run, waitForHttp } from "./lib/processes.mjs"
import { MEDUSA_SECRET_NAMES, generateSecret } from "./lib/secrets.mjs"

const redisUrl = process.env.REDIS_URL
if (!redisUrl) throw new Error("REDIS_URL is required for the production smoke test")

function redisAnswers(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname)
    socket.setTimeout(3000, () => (socket.destroy(), resolve(false)))
    socket.on("error", () => resolve(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (data) => (socket.end(), resolve(data.toString().startsWith("+PONG"))))
  })
}

if (!(await redisAnswers(redisUrl))) {
  const message = `Redis at ${redisUrl} does not answer`
  if (process.env.CI === "true") throw new Error(message)
  console.log(`SKIPPED production smoke test: ${message}`)
  process.exit(0)
}

const database = await startDatabaseServer({ port: 54332, dataDir: process.env.EMBEDDED_POSTGRES_DIR || part(".data", "postgres-smoke") })
const group = new ProcessGroup({ quiet: true })
const medusa = part("node_modules", ".bin", "medusa")
const serverDir = part("medusa-backend", ".medusa", "server")
const env = {
  MYMONITOR_ENV: "production",
  INVOICE_SELLER_ORGANISATION_NUMBER: "556000-0000",
  INVOICE_SELLER_VAT_NUMBER: "SE556000000001",
  INVOICE_SELLER_BANKGIRO: "123-4567",
  NODE_ENV: "production",
  MEDUSA_DATABASE_URL: databaseUrl(database.url, "mymonitor_smoke_medusa"),
  REDIS_URL: redisUrl,
  PORT: "9400",
  MEDUSA_BACKEND_URL: "https://api.mymonitor.example",
  PORTAL_URL: "https://portal.mymonitor.example",
  ...Object.fromEntries(MEDUSA_SECRET_NAMES.map((name) => [name, generateSecret(name)])),
  MEDUSA_DISABLE_TELEMETRY: "true",
  // A tiny login limit, so the check below sees the counter in Redis answer 429.
  RATE_LIMIT_LOGIN: "2/60",
}
try {
  await dropDatabase(database.url, "mymonitor_smoke_medusa")
  await ensureDatabase(database.url, "mymonitor_smoke_medusa")

  const refused = await run("smoke", medusa, ["start"], { cwd: serverDir, env: { ...env, JWT_SECRET: "demo-secret" }, group }).then(
    () => undefined,
    (error) => error.message
  )
  if (!refused?.includes("JWT_SECRET is a default or demo value")) throw new Error(`production accepted a demo secret:\n${refused}`)
  console.log("✓ production refuses a demo JWT_SECRET")

  await run("smoke", medusa, ["db:migrate"], { cwd: serverDir, env, group, quiet: true })
  const server = group.start("smoke", medusa, ["start"], { cwd: serverDir, env })
  await waitForHttp("http://localhost:9400/health", { entry: server, expect: (s) => s === 200, timeoutMs: 120_000 })
  const log = server.lines.join("\n")
  for (const module of ["event-bus-redis", "cache-redis"]) {
    if (!new RegExp(`Connection to Redis in module '${module}' established`).test(log))
      throw new Error(`${module} did not connect to Redis:\n${log}`)
  }
  if (/A fake redis instance will be used/.test(log)) throw new Error("Medusa fell back to a fake Redis")
  console.log("✓ production Medusa serves /health on the Redis modules")

  // Rate limits count in Redis in this profile (shared by every Medusa process).
  const email = `smoke-${Date.now()}@example.se`
  const attempt = () =>
    fetch("http://localhost:9400/auth/portal/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "wrong-password" }),
    })
  const statuses = [(await attempt()).status, (await attempt()).status, (await attempt()).status]
  if (statuses.join() !== "401,401,429") throw new Error(`login rate limit answered ${statuses.join()}, expected 401,401,429`)
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(redisUrl)
  // Counted per address and account: the key ends with the e-mail.
  const keys = await redis.keys(`mymonitor:rl:login:*|${email}`).finally(() => redis.quit())
  if (keys.length !== 1) throw new Error(`the login counter is not in Redis (${keys.length} keys)`)
  console.log("✓ login attempts are rate-limited through Redis (401, 401, 429)")
} finally {
  await group.stopAll()
  await dropDatabase(database.url, "mymonitor_smoke_medusa").catch(() => {})
  await database.stop()
}
