/**
 * The one place where myMonitor's Strapi reads its environment.
 *
 * Used by the files in config/ (database, server, admin, plugins) and by the bootstrap in
 * src/index.ts. Everything is read from `process.env` (or an env object passed in, for tests).
 *
 * With MYMONITOR_ENV=production every secret must be set, be at least 32 characters long and must not
 * look like a default or demo value; otherwise Strapi refuses to start and the error names each
 * offending variable. Outside production missing secrets fall back to loudly fake "dev-only-…"
 * values so that a bare `strapi develop` starts.
 */
import path from "path"

export type Env = Record<string, string | undefined>

export const SECRET_VARS = [
  "APP_KEYS",
  "API_TOKEN_SALT",
  "ADMIN_JWT_SECRET",
  "TRANSFER_TOKEN_SALT",
  "JWT_SECRET",
  "ENCRYPTION_KEY",
  "STRAPI_API_TOKEN",
  "STRAPI_WEBHOOK_SECRET",
] as const

export type SecretVar = (typeof SECRET_VARS)[number]

export const MIN_SECRET_LENGTH = 32

/** The database Strapi uses on the server named by DATABASE_URL. */
export const STRAPI_DATABASE_NAME = "mymonitor_strapi"

/** Substrings (lower-cased) that mark a value as a default, demo or placeholder secret. */
const FORBIDDEN_MARKERS = ["demo", "dev-only", "changeme", "change-me", "change_me", "tobemodified", "placeholder", "example", "default"]

export interface Secrets {
  appKeys: string[]
  apiTokenSalt: string
  adminJwtSecret: string
  transferTokenSalt: string
  jwtSecret: string
  encryptionKey: string
  strapiApiToken: string
  webhookSecret: string
}

export const isProduction = (env: Env = process.env): boolean => (env.MYMONITOR_ENV ?? "").trim().toLowerCase() === "production"

/** Why a single secret value is unacceptable in production, or null when it is fine. */
export const secretValueProblem = (value: string | undefined): string | null => {
  if (value === undefined || value.trim() === "") return "is missing"
  if (value.length < MIN_SECRET_LENGTH) {
    return `is shorter than ${MIN_SECRET_LENGTH} characters`
  }
  const lower = value.toLowerCase()
  const marker = FORBIDDEN_MARKERS.find((m) => lower.includes(m))
  if (marker) return `looks like a default/demo value (contains "${marker}")`
  return null
}

/** Every problem with the secrets in `env`, one line per variable ("NAME is missing"). */
export const findSecretProblems = (env: Env = process.env): string[] => {
  const problems: string[] = []
  for (const name of SECRET_VARS) {
    const raw = env[name]
    if (name === "APP_KEYS") {
      const keys = (raw ?? "")
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean)
      if (keys.length === 0) {
        problems.push("APP_KEYS is missing")
        continue
      }
      keys.forEach((key, i) => {
        const problem = secretValueProblem(key)
        if (problem) problems.push(`APP_KEYS (key ${i + 1}) ${problem}`)
      })
      continue
    }
    const problem = secretValueProblem(raw)
    if (problem) problems.push(`${name} ${problem}`)
  }
  return problems
}

/** Throws (naming every offending variable) when MYMONITOR_ENV=production and a secret is unfit. */
export const assertProductionSecrets = (env: Env = process.env): void => {
  if (!isProduction(env)) return
  const problems = findSecretProblems(env)
  if (problems.length > 0) {
    throw new Error(
      `[mymonitor] Refusing to start Strapi with MYMONITOR_ENV=production: ${problems.join("; ")}. ` +
        `Set each of ${SECRET_VARS.join(", ")} to a random value of at least ${MIN_SECRET_LENGTH} characters.`
    )
  }
}

const devFallback = (name: string) => `dev-only-${name.toLowerCase()}-not-a-secret-do-not-use-in-production`

let warnedAboutFallbacks = false

/** The secrets, validated in production, with loud dev-only fallbacks elsewhere. */
export const getSecrets = (env: Env = process.env): Secrets => {
  assertProductionSecrets(env)

  const fallbacks: string[] = []
  const read = (name: SecretVar): string => {
    const value = env[name]
    if (value === undefined || value.trim() === "") {
      fallbacks.push(name)
      return devFallback(name)
    }
    return value
  }

  const appKeysRaw = read("APP_KEYS")
  const secrets: Secrets = {
    appKeys:
      env.APP_KEYS && env.APP_KEYS.trim() !== ""
        ? appKeysRaw
            .split(",")
            .map((k) => k.trim())
            .filter(Boolean)
        : [`${devFallback("APP_KEYS")}-1`, `${devFallback("APP_KEYS")}-2`],
    apiTokenSalt: read("API_TOKEN_SALT"),
    adminJwtSecret: read("ADMIN_JWT_SECRET"),
    transferTokenSalt: read("TRANSFER_TOKEN_SALT"),
    jwtSecret: read("JWT_SECRET"),
    encryptionKey: read("ENCRYPTION_KEY"),
    strapiApiToken: read("STRAPI_API_TOKEN"),
    webhookSecret: read("STRAPI_WEBHOOK_SECRET"),
  }

  if (fallbacks.length > 0 && !warnedAboutFallbacks && env === process.env) {
    warnedAboutFallbacks = true
    console.warn(
      `[mymonitor] WARNING: using fake dev-only values for ${fallbacks.join(", ")}. ` +
        "Never run like this outside a developer machine (MYMONITOR_ENV=production refuses to start)."
    )
  }
  return secrets
}

/**
 * The PostgreSQL connection string Strapi uses:
 * STRAPI_DATABASE_URL as is, else DATABASE_URL (a server URL) with its database replaced by
 * `mymonitor_strapi`.
 */
export const resolveDatabaseUrl = (env: Env = process.env): string => {
  const explicit = env.STRAPI_DATABASE_URL?.trim()
  if (explicit) return explicit

  const server = env.DATABASE_URL?.trim()
  if (!server) {
    throw new Error(
      "[mymonitor] No database configured for Strapi: set STRAPI_DATABASE_URL (the full PostgreSQL URL of " +
        `Strapi's database) or DATABASE_URL (a PostgreSQL server URL; Strapi then uses the database "${STRAPI_DATABASE_NAME}" on it).`
    )
  }
  let url: URL
  try {
    url = new URL(server)
  } catch {
    throw new Error("[mymonitor] DATABASE_URL is not a valid URL (expected postgres://user:pass@host:port/db)")
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new Error(`[mymonitor] DATABASE_URL must be a PostgreSQL URL (postgres://…), got "${url.protocol}"`)
  }
  url.pathname = `/${STRAPI_DATABASE_NAME}`
  return url.toString()
}

export interface ServerSettings {
  host: string
  port: number
  publicUrl?: string
}

export const getServerSettings = (env: Env = process.env): ServerSettings => {
  const rawPort = env.STRAPI_PORT?.trim()
  const port = rawPort ? Number(rawPort) : 1337
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`[mymonitor] STRAPI_PORT must be a port number, got "${rawPort}"`)
  }
  const publicUrl = env.STRAPI_PUBLIC_URL?.trim() || undefined
  return { host: env.HOST?.trim() || "0.0.0.0", port, ...(publicUrl ? { publicUrl } : {}) }
}

export interface IntegrationSettings {
  /** Where the outbox pushes signed events (`${medusaBackendUrl}/hooks/strapi`). */
  medusaBackendUrl: string
  /** Where uploads are stored: outside public/, served only through signed or token-checked routes. */
  privateUploadsDir: string
  /** How often the outbox retry loop looks for undelivered events (ms). */
  outboxRetryIntervalMs: number
}

/**
 * MEDUSA_BACKEND_URL (required in production, default http://localhost:9000 elsewhere),
 * PRIVATE_UPLOADS_DIR (default `<app>/private-uploads`), OUTBOX_RETRY_INTERVAL_MS (default 2000).
 */
export const getIntegrationSettings = (appDir: string, env: Env = process.env): IntegrationSettings => {
  const raw = env.MEDUSA_BACKEND_URL?.trim()
  if (!raw && isProduction(env)) {
    throw new Error("[mymonitor] MEDUSA_BACKEND_URL must be set with MYMONITOR_ENV=production (Strapi pushes ticket events to it)")
  }
  const medusaBackendUrl = (raw || "http://localhost:9000").replace(/\/+$/, "")
  try {
    new URL(medusaBackendUrl)
  } catch {
    throw new Error(`[mymonitor] MEDUSA_BACKEND_URL is not a valid URL, got "${raw}"`)
  }
  const dir = env.PRIVATE_UPLOADS_DIR?.trim()
  const interval = Number(env.OUTBOX_RETRY_INTERVAL_MS?.trim() || 2000)
  if (!Number.isInteger(interval) || interval < 100) {
    throw new Error(`[mymonitor] OUTBOX_RETRY_INTERVAL_MS must be an integer >= 100, got "${env.OUTBOX_RETRY_INTERVAL_MS}"`)
  }
  return {
    medusaBackendUrl,
    privateUploadsDir: dir ? path.resolve(appDir, dir) : path.join(appDir, "private-uploads"),
    outboxRetryIntervalMs: interval,
  }
}
