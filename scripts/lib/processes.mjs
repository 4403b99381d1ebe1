import { spawn } from "node:child_process"
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
  if (entry.exited) return
  const exited = new Promise((resolve) => entry.child.once("exit", resolve))
  signalGroup(entry.child.pid, "SIGTERM")
  const timer = setTimeout(() => signalGroup(entry.child.pid, "SIGKILL"), timeoutMs)
  await exited
  clearTimeout(timer)
  // Grandchildren that outlived their parent still belong to the group.
  signalGroup(entry.child.pid, "SIGKILL")
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {
    /* the group is already gone */
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
        else reject(new Error(`${name}: \`${[command, ...args].join(" ")}\` failed (${signal ?? code})\n${entry.lines.slice(-40).join("\n")}`))
      },
    })
  })
}

export async function waitForHttp(url, { timeoutMs = 180_000, expect = (status) => status < 500, entry } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (entry?.exited) throw new Error(`${entry.name} exited (${entry.signal ?? entry.exitCode}) before ${url} answered:\n${entry.lines.slice(-40).join("\n")}`)
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
