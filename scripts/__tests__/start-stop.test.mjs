// `npm start` on a machine without DATABASE_URL: embedded PostgreSQL, every part up,
// and after Ctrl-C (SIGINT) no port held and no process of it left.
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { DATA_DIR, ROOT } from "../lib/paths.mjs"
import { descendantsOf, isRunning, portIsFree } from "../lib/processes.mjs"

const PORTS = {
  MEDUSA_PORT: 9300,
  STRAPI_PORT: 1637,
  STOREFRONT_PORT: 8300,
  MAIL_SMTP_PORT: 1325,
  MAIL_WEB_PORT: 1380,
  EMBEDDED_POSTGRES_PORT: 54331,
}

const commandLine = (pid) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim()
  } catch {
    return "?"
  }
}

test("npm start brings everything up on embedded PostgreSQL and Ctrl-C leaves nothing behind", { timeout: 600_000 }, async () => {
  const postgresDir = path.join(DATA_DIR, "postgres-start-test")
  fs.rmSync(postgresDir, { recursive: true, force: true })
  const env = {
    ...process.env,
    ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
    EMBEDDED_POSTGRES_DIR: postgresDir,
    MYMONITOR_DATABASE_PREFIX: "mymonitor_start_test",
  }
  delete env.DATABASE_URL
  delete env.SMTP_URL
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))

  await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("myMonitor is ready")) {
        clearInterval(timer)
        resolve()
      }
      if (child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`npm start exited early:\n${output.slice(-3000)}`))
      }
    }, 250)
  })

  assert.match(output, /embedded, data in/)
  assert.equal((await fetch(`http://localhost:${PORTS.MEDUSA_PORT}/health`)).status, 200)
  assert.equal((await fetch(`http://localhost:${PORTS.STRAPI_PORT}/_health`)).status, 204)
  const login = await fetch(`http://localhost:${PORTS.STOREFRONT_PORT}/sv/login`)
  assert.equal(login.status, 200)
  assert.match(await login.text(), /Log in/)

  const children = descendantsOf(child.pid)
  const commands = new Map(children.map((pid) => [pid, commandLine(pid)]))
  assert.ok(children.length >= 4, `expected the parts as children, found ${children.length}`)
  child.kill("SIGINT")
  const { code } = await exited
  assert.equal(code, 0, output.slice(-2000))
  assert.match(output, /Nothing is left running/)

  for (const [name, port] of Object.entries(PORTS)) {
    assert.ok(await portIsFree(port), `${name} ${port} is still held after Ctrl-C`)
  }
  const survivors = children.filter(isRunning)
  assert.deepEqual(
    survivors.map((pid) => `${pid} ${commands.get(pid)}`),
    [],
    "processes left after Ctrl-C"
  )
  fs.rmSync(postgresDir, { recursive: true, force: true })
})
