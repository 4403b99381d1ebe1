/**
 * Reads the backend's configuration from the environment, in one place.
 * In production (`MYMONITOR_ENV=production`) a missing, default or demo secret
 * stops the process before it listens: a portal with a guessable JWT secret
 * must never start.
 */
const SECRET_VARIABLES = {
  jwtSecret: "JWT_SECRET",
  cookieSecret: "COOKIE_SECRET",
  mfaEncryptionKey: "MFA_ENCRYPTION_KEY",
  erpEncryptionKey: "ERP_ENCRYPTION_KEY",
  portalForwardSecret: "PORTAL_FORWARD_SECRET",
} as const

type SecretName = keyof typeof SECRET_VARIABLES

/** Values that must never protect a production portal. */
const WEAK_SECRETS = new Set(["supersecret", "secret", "changeme", "change-me", "development", "demo", "test"])
const MINIMUM_SECRET_LENGTH = 32

export class ConfigurationError extends Error {}

export type BackendEnvironment = {
  production: boolean
  databaseUrl?: string
  redisUrl?: string
  port: number
  backendUrl: string
  storeCors: string
  adminCors: string
  authCors: string
  disableAdmin: boolean
  workerMode: "shared" | "worker" | "server"
  secrets: Record<SecretName, string>
}

export function databaseUrlFor(env: NodeJS.ProcessEnv, database: string): string | undefined {
  if (env.MEDUSA_DATABASE_URL) return env.MEDUSA_DATABASE_URL
  if (!env.DATABASE_URL) return undefined
  const url = new URL(env.DATABASE_URL)
  url.pathname = `/${database}`
  return url.toString()
}

export function secretProblem(value: string | undefined): string | undefined {
  if (!value) return "is missing"
  if (WEAK_SECRETS.has(value.toLowerCase()) || /demo|dev-only|changeme/i.test(value)) return "is a default or demo value"
  if (value.length < MINIMUM_SECRET_LENGTH) return `is shorter than ${MINIMUM_SECRET_LENGTH} characters`
  return undefined
}

export function resolveBackendEnvironment(env: NodeJS.ProcessEnv): BackendEnvironment {
  const production = env.MYMONITOR_ENV === "production"
  const secrets = {} as Record<SecretName, string>
  const problems: string[] = []
  for (const [name, variable] of Object.entries(SECRET_VARIABLES) as [SecretName, string][]) {
    const value = env[variable]
    const problem = secretProblem(value)
    if (production && problem) problems.push(`${variable} ${problem}`)
    // Outside production the dev orchestrator passes generated secrets; a bare
    // `medusa` command without them still starts, with a loudly fake value.
    secrets[name] = value || `dev-only-${variable.toLowerCase()}`
  }
  const databaseUrl = databaseUrlFor(env, "mymonitor_medusa")
  // Outside production the test runner and the dev orchestrator supply the database themselves.
  if (production && !databaseUrl) problems.push("DATABASE_URL (or MEDUSA_DATABASE_URL) is missing")
  if (problems.length) {
    throw new ConfigurationError(`myMonitor backend refuses to start${production ? " in production" : ""}:\n  - ${problems.join("\n  - ")}`)
  }
  const port = Number(env.MEDUSA_PORT || env.PORT || 9000)
  const portalUrl = env.PORTAL_URL || `http://localhost:${env.STOREFRONT_PORT || 8000}`
  const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${port}`
  return {
    production,
    databaseUrl,
    redisUrl: env.REDIS_URL || undefined,
    port,
    backendUrl,
    storeCors: env.STORE_CORS || portalUrl,
    adminCors: env.ADMIN_CORS || backendUrl,
    authCors: env.AUTH_CORS || `${portalUrl},${backendUrl}`,
    disableAdmin: env.MEDUSA_DISABLE_ADMIN === "true",
    workerMode: (env.MEDUSA_WORKER_MODE as BackendEnvironment["workerMode"]) || "shared",
    secrets,
  }
}
