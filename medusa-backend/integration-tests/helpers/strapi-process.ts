import { type ChildProcess, spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"

/**
 * The real Strapi (strapi-cms, compiled by `npm run build -w strapi-cms`) as a child process on a
 * fresh PostgreSQL database: `strapi start`, the env scripts/lib/stack.mjs gives it. For the
 * support-desk spec, which talks to it through Medusa exactly as production does.
 */
const STRAPI_DIR = path.resolve(__dirname, "../../../strapi-cms")
const STRAPI_BIN = path.join(STRAPI_DIR, "node_modules", ".bin", "strapi")

const secret = () => crypto.randomBytes(24).toString("hex")
const serverUrl = () => {
  const url = new URL("postgres://localhost:5432/postgres")
  url.username = process.env.DB_USERNAME || "postgres"
  url.password = process.env.DB_PASSWORD || ""
  url.hostname = process.env.DB_HOST || "localhost"
  url.port = process.env.DB_PORT || "5432"
  return url
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl().toString() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export type StrapiProcess = {
  url: string
  databaseUrl: string
  apiToken: string
  webhookSecret: string
  /** Starts (or restarts) it; `medusaUrl` is where its outbox pushes (`/hooks/strapi`). */
  start(medusaUrl?: string): Promise<void>
  stop(): Promise<void>
  /** Drops the database and the private uploads (after stop). */
  destroy(): Promise<void>
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>
}

export function strapiProcess(options: { port: number; apiToken: string; webhookSecret: string }): StrapiProcess {
  const database = `mymonitor_strapi_desk_${crypto.randomBytes(5).toString("hex")}`
  const databaseUrl = Object.assign(serverUrl(), { pathname: `/${database}` }).toString()
  const url = `http://127.0.0.1:${options.port}`
  let child: ChildProcess | undefined
  let created = false
  const env = {
    ...process.env,
    NODE_ENV: "production",
    MYMONITOR_ENV: "",
    STRAPI_TELEMETRY_DISABLED: "true",
    STRAPI_LOG_LEVEL: "error",
    NODE_PATH: path.join(STRAPI_DIR, "node_modules"),
    HOST: "127.0.0.1",
    PORT: String(options.port),
    STRAPI_PORT: String(options.port),
    STRAPI_DATABASE_URL: databaseUrl,
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_API_TOKEN: options.apiToken,
    STRAPI_WEBHOOK_SECRET: options.webhookSecret,
    STRAPI_ADMIN_EMAIL: "innehall.test@monitor.se",
    STRAPI_ADMIN_PASSWORD: "Test-Innehall-2026",
    STRAPI_SUPPORT_EMAIL: "support.test@monitor.se",
    STRAPI_SUPPORT_PASSWORD: "Test-Support-2026",
    PRIVATE_UPLOADS_DIR: path.join(os.tmpdir(), database),
    MEDUSA_BACKEND_URL: "http://127.0.0.1:9",
    OUTBOX_RETRY_INTERVAL_MS: "300",
  }
  return {
    url,
    databaseUrl,
    apiToken: options.apiToken,
    webhookSecret: options.webhookSecret,
    async start(medusaUrl?: string) {
      if (medusaUrl) env.MEDUSA_BACKEND_URL = medusaUrl
      if (!created) {
        await admin((client) => client.query(`CREATE DATABASE "${database}"`))
        created = true
      }
      let output = ""
      child = spawn(STRAPI_BIN, ["start"], { cwd: STRAPI_DIR, env, stdio: ["ignore", "pipe", "pipe"] })
      child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-4000)))
      child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-4000)))
      const deadline = Date.now() + 90_000
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`Strapi exited (${child.exitCode}):\n${output}`)
        const status = await fetch(`${url}/_health`).then(
          (r) => r.status,
          () => 0
        )
        if (status === 204) return
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      throw new Error(`Strapi did not answer /_health within 90 s:\n${output}`)
    },
    async stop() {
      const running = child
      child = undefined
      if (!running || running.exitCode !== null) return
      const exited = new Promise((resolve) => running.once("exit", resolve))
      running.kill("SIGTERM")
      const timer = setTimeout(() => running.kill("SIGKILL"), 10_000)
      await exited
      clearTimeout(timer)
    },
    async destroy() {
      if (created) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`))
      fs.rmSync(env.PRIVATE_UPLOADS_DIR, { recursive: true, force: true })
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      const client = new Client({ connectionString: databaseUrl })
      await client.connect()
      try {
        return (await client.query(sql, params)).rows as Row[]
      } finally {
        await client.end()
      }
    },
  }
}

/** Strapi's admin (Content Manager) as its staff use it: the Support role and the content Editor. */
export const STRAPI_STAFF = {
  support: { email: "support.test@monitor.se", password: "Test-Support-2026" },
  editor: { email: "innehall.test@monitor.se", password: "Test-Innehall-2026" },
} as const

async function strapiJson<T>(url: string, init: { method?: string; token?: string; json?: unknown; form?: FormData } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? (init.json || init.form ? "POST" : "GET"),
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.json ? { "content-type": "application/json" } : {}),
    },
    body: init.form ?? (init.json ? JSON.stringify(init.json) : undefined),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

export async function strapiStaffToken(strapi: StrapiProcess, who: keyof typeof STRAPI_STAFF): Promise<string> {
  return (await strapiJson<{ data: { token: string } }>(`${strapi.url}/admin/login`, { json: STRAPI_STAFF[who] })).data.token
}

/** An agreement with its signed PDF, written by the Editor (upload, then the entry), for a company Strapi knows. */
export async function createAgreement(
  strapi: StrapiProcess,
  editorToken: string,
  input: { medusaCompanyId: string; title: string; pdf: Buffer; validFrom: string; validTo?: string | null }
): Promise<{ documentId: string }> {
  const manager = `${strapi.url}/content-manager/collection-types`
  const companies = await strapiJson<{ results: { documentId: string }[] }>(
    `${manager}/api::company.company?filters[medusaId][$eq]=${encodeURIComponent(input.medusaCompanyId)}`,
    { token: editorToken }
  )
  const form = new FormData()
  form.set("files", new Blob([new Uint8Array(input.pdf)], { type: "application/pdf" }), `${input.title.replace(/\W+/g, "-")}.pdf`)
  const [file] = await strapiJson<{ id: number }[]>(`${strapi.url}/upload`, { token: editorToken, form })
  const created = await strapiJson<{ data: { documentId: string } }>(`${manager}/api::agreement.agreement`, {
    token: editorToken,
    json: {
      title: input.title,
      type: "support",
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      company: { connect: [{ documentId: companies.results[0].documentId }] },
      document: file.id,
    },
  })
  return { documentId: created.data.documentId }
}
