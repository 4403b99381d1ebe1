import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"

const COLORS = { medusa: 35, strapi: 34, storefront: 32, mail: 33, postgres: 36 }

/**
 * Children run in their own process group so a stop reaches everything they
 * started (npm → node → workers). Output is prefixed with the part's name.
 */
export class ProcessGroup {
  constructor({ quiet = false } = {}) {
    this.children = []
    this.quiet = quiet
  }

  start(name, command, args, options = {}) {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    const prefix = `\x1b[${COLORS[name] ?? 37}m${name.padEnd(10)}\x1b[0m│ `
    const lines = []
    const forward = (chunk) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim()) continue
        lines.push(line)
        if (lines.length > 200) lines.shift()
        if (!this.quiet && !options.quiet) process.stdout.write(prefix + line + "\n")
      }
    }
    child.stdout.on("data", forward)
    child.stderr.on("data", forward)
    const entry = { name, child, lines, exited: false }
    child.on("exit", (code, signal) => {
      entry.exited = true
      entry.exitCode = code
      entry.signal = signal
      options.onExit?.(code, signal)
    })
    this.children.push(entry)
    return entry
  }

  async stopAll(timeoutMs = 10_000) {
    await Promise.all(this.children.reverse().map((entry) => stopEntry(entry, timeoutMs)))
    this.children = []
  }
}

async function stopEntry(entry, timeoutMs) {
  // npm and the apps may start processes outside the child's group, so the
  // whole tree is collected first and each member is signalled and awaited.
  const tree = [entry.child.pid, ...descendantsOf(entry.child.pid)]
  signalGroup(entry.child.pid, "SIGTERM")
  tree.forEach((pid) => signal(pid, "SIGTERM"))
  const deadline = Date.now() + timeoutMs
  while (tree.some(isRunning) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  signalGroup(entry.child.pid, "SIGKILL")
  tree.filter(isRunning).forEach((pid) => signal(pid, "SIGKILL"))
  while (tree.some(isRunning)) await new Promise((resolve) => setTimeout(resolve, 50))
}

function signalGroup(pid, name) {
  signal(-pid, name)
}

function signal(pid, name) {
  try {
    process.kill(pid, name)
  } catch {
    /* already gone */
  }
}

/** Every process below `pid`, read from /proc (Linux; elsewhere only the process group is used). */
export function descendantsOf(pid) {
  if (!fs.existsSync("/proc/self/stat")) return []
  const parents = new Map()
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]))
    } catch {
      /* exited meanwhile */
    }
  }
  const found = new Set([pid])
  for (let grew = true; grew;) {
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

/** Alive and not a zombie waiting to be reaped. */
export function isRunning(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z"
  } catch {
    if (fs.existsSync("/proc/self/stat")) return false
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
}

/** Runs a command to completion, prefixed, and fails with its last output. */
export function run(name, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const group = options.group ?? new ProcessGroup()
    const entry = group.start(name, command, args, {
      ...options,
      onExit: (code, signal) => {
        if (code === 0) resolve(entry.lines)
        else
          reject(new Error(`${name}: \`${[command, ...args].join(" ")}\` failed (${signal ?? code})\n${entry.lines.slice(-40).join("\n")}`))
      },
    })
  })
}

export async function waitForHttp(url, { timeoutMs = 180_000, expect = (status) => status < 500, entry } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (entry?.exited)
      throw new Error(
        `${entry.name} exited (${entry.signal ?? entry.exitCode}) before ${url} answered:\n${entry.lines.slice(-40).join("\n")}`
      )
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (expect(response.status)) return response.status
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}
