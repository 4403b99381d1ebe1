// `npm start` on a machine without DATABASE_URL: embedded PostgreSQL, every part up,
// and after Ctrl-C (SIGINT) no port held and no process of it left.
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { DATA_DIR, ROOT } from "../lib/paths.mjs"
import { portIsFree } from "../lib/processes.mjs"

const PORTS = { MEDUSA_PORT: 9300, STRAPI_PORT: 1637, STOREFRONT_PORT: 8300, MAIL_SMTP_PORT: 1325, MAIL_WEB_PORT: 1380, EMBEDDED_POSTGRES_PORT: 54331 }

function descendantsOf(pid) {
  const parents = new Map()
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parents.set(Number(entry), parent)
    } catch {
      /* exited meanwhile */
    }
  }
  const found = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const [child, parent] of parents) {
      if (found.has(parent) && !found.has(child)) {
        found.add(child)
        grew = true
      }
    }
  }
  found.delete(pid)
  return [...found]
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

test("npm start brings everything up on embedded PostgreSQL and Ctrl-C leaves nothing behind", { timeout: 600_000 }, async () => {
  const postgresDir = path.join(DATA_DIR, "postgres-start-test")
  fs.rmSync(postgresDir, { recursive: true, force: true })
  const env = { ...process.env, ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])), EMBEDDED_POSTGRES_DIR: postgresDir, MYMONITOR_DATABASE_PREFIX: "mymonitor_start_test" }
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
  assert.ok(children.length >= 4, `expected the parts as children, found ${children.length}`)
  child.kill("SIGINT")
  const { code } = await exited
  assert.equal(code, 0, output.slice(-2000))
  assert.match(output, /Nothing is left running/)

  for (const [name, port] of Object.entries(PORTS)) {
    assert.ok(await portIsFree(port), `${name} ${port} is still held after Ctrl-C`)
  }
  const survivors = children.filter(alive)
  assert.deepEqual(survivors, [], `processes left after Ctrl-C: ${survivors.join(", ")}`)
  fs.rmSync(postgresDir, { recursive: true, force: true })
})
