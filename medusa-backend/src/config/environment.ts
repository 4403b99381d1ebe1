import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto"
import { DEV_LICENSE_SIGNING_KEY } from "./dev-license-signing-key"

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
  /** The license files' Ed25519 key (PKCS#8 PEM) and the retired public keys (SPKI PEM) still in the JWKS. */
  licenseSigning: { signingKey: string; retiredPublicKeys: string[] }
  /** The seller on every invoice (INVOICE_SELLER_*; the vendor's demo values when unset). */
  invoiceSeller: InvoiceSeller
  /** Where the local file provider keeps private files (invoice PDFs), outside the public `static` folder. */
  privateFilesDir: string
  /** Strapi's content API (support tickets, agreements): its URL, the `medusa-backend` API token, the push signing secret. */
  strapi: { url: string; apiToken: string; webhookSecret: string }
}

export type InvoiceSeller = {
  name: string
  organisation_number: string
  vat_number: string
  bankgiro: string
  address: string[]
  email: string
  f_skatt: boolean
}

/** The vendor's demo facts: a clearly made-up organisation number, VAT number and bankgiro. */
export const DEMO_INVOICE_SELLER: InvoiceSeller = {
  name: "Monitor ERP System AB",
  organisation_number: "555555-5555",
  vat_number: "SE555555555501",
  bankgiro: "5555-5551",
  address: ["Demovägen 1", "824 00 Hudiksvall"],
  email: "faktura@monitor.example",
  f_skatt: true,
}

/** INVOICE_SELLER_NAME, _ORGANISATION_NUMBER, _VAT_NUMBER, _BANKGIRO, _ADDRESS (lines separated by "|" or "\n"), _EMAIL. */
export function invoiceSellerOf(env: NodeJS.ProcessEnv): InvoiceSeller {
  const value = (name: string) => env[`INVOICE_SELLER_${name}`]?.trim() || undefined
  const address = value("ADDRESS")
    ?.replace(/\\n/g, "\n")
    .split(/\s*[|\n]\s*/)
    .filter(Boolean)
  return {
    name: value("NAME") ?? DEMO_INVOICE_SELLER.name,
    organisation_number: value("ORGANISATION_NUMBER") ?? DEMO_INVOICE_SELLER.organisation_number,
    vat_number: value("VAT_NUMBER")?.replace(/\s/g, "").toUpperCase() ?? DEMO_INVOICE_SELLER.vat_number,
    bankgiro: value("BANKGIRO") ?? DEMO_INVOICE_SELLER.bankgiro,
    address: address?.length ? address : DEMO_INVOICE_SELLER.address,
    email: value("EMAIL") ?? DEMO_INVOICE_SELLER.email,
    f_skatt: true,
  }
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

/**
 * A PEM from the environment: as it is, with literal `\n` for line breaks (one-line
 * .env files), or base64-encoded (a whole PEM, or several PEMs comma-separated).
 */
export function pemsOf(value: string): string[] {
  const text = value.trim().replace(/\\n/g, "\n")
  const decoded = /-----BEGIN /.test(text)
    ? text
    : text
        .split(",")
        .map((part) => Buffer.from(part.trim(), "base64").toString("utf8"))
        .join("\n")
  return (decoded.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g) ?? []).map((pem) => `${pem}\n`)
}

function ed25519(pem: string | undefined, kind: "private" | "public"): KeyObject | undefined {
  if (!pem) return undefined
  try {
    const key = kind === "private" ? createPrivateKey(pem) : createPublicKey(pem)
    return key.asymmetricKeyType === "ed25519" ? key : undefined
  } catch {
    return undefined
  }
}

const DEV_LICENSE_PUBLIC_KEY = createPublicKey(DEV_LICENSE_SIGNING_KEY).export({ type: "spki", format: "der" })

/**
 * LICENSE_SIGNING_KEY: the Ed25519 private key (PKCS#8 PEM) that signs license files.
 * Production refuses a missing or malformed one and the repository's development key
 * (it is public: anyone could sign licenses with it). Outside production, without a value,
 * the committed development key signs, the same in every process.
 */
function licenseSigningOf(env: NodeJS.ProcessEnv, production: boolean, problems: string[]): BackendEnvironment["licenseSigning"] {
  const value = env.LICENSE_SIGNING_KEY?.trim()
  const retiredPublicKeys = env.LICENSE_SIGNING_RETIRED_PUBLIC_KEYS?.trim() ? pemsOf(env.LICENSE_SIGNING_RETIRED_PUBLIC_KEYS) : []
  if (retiredPublicKeys.length === 0 && env.LICENSE_SIGNING_RETIRED_PUBLIC_KEYS?.trim()) {
    problems.push("LICENSE_SIGNING_RETIRED_PUBLIC_KEYS holds no PEM public key")
  }
  if (retiredPublicKeys.some((pem) => !ed25519(pem, "public"))) {
    problems.push("LICENSE_SIGNING_RETIRED_PUBLIC_KEYS holds a key that is not an Ed25519 public key (SPKI PEM)")
  }
  if (!value) {
    if (production) problems.push("LICENSE_SIGNING_KEY is missing")
    return { signingKey: DEV_LICENSE_SIGNING_KEY, retiredPublicKeys }
  }
  const [pem] = pemsOf(value)
  const key = ed25519(pem, "private")
  if (!key) {
    problems.push("LICENSE_SIGNING_KEY is not an Ed25519 private key (PKCS#8 PEM, base64 or with \\n accepted)")
    return { signingKey: DEV_LICENSE_SIGNING_KEY, retiredPublicKeys }
  }
  if (production && createPublicKey(key).export({ type: "spki", format: "der" }).equals(DEV_LICENSE_PUBLIC_KEY)) {
    problems.push("LICENSE_SIGNING_KEY is a default or demo value (the repository's development key)")
  }
  return { signingKey: pem, retiredPublicKeys }
}

/**
 * STRAPI_URL (default: Strapi's port on this host), STRAPI_API_TOKEN and STRAPI_WEBHOOK_SECRET. Production refuses a missing or weak
 * token or secret (the token reads every company's tickets; the secret lets a caller forge
 * Strapi's pushes). Outside production an unset value is a loud fake: Strapi refuses the token,
 * the support pages say "unavailable", and no push verifies.
 */
function strapiOf(env: NodeJS.ProcessEnv, production: boolean, problems: string[]): BackendEnvironment["strapi"] {
  const values = { apiToken: env.STRAPI_API_TOKEN, webhookSecret: env.STRAPI_WEBHOOK_SECRET }
  for (const [variable, value] of [
    ["STRAPI_API_TOKEN", values.apiToken],
    ["STRAPI_WEBHOOK_SECRET", values.webhookSecret],
  ] as const) {
    const problem = secretProblem(value)
    if (production && problem) problems.push(`${variable} ${problem}`)
  }
  // No URL is no risk, only support pages that say "unavailable": compose and `npm start` set it.
  const url = env.STRAPI_URL?.trim()
  return {
    url: (url || `http://localhost:${env.STRAPI_PORT || 1337}`).replace(/\/+$/, ""),
    apiToken: values.apiToken || "dev-only-strapi_api_token",
    webhookSecret: values.webhookSecret || "dev-only-strapi_webhook_secret",
  }
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
  const licenseSigning = licenseSigningOf(env, production, problems)
  const invoiceSeller = invoiceSellerOf(env)
  const strapi = strapiOf(env, production, problems)
  if (production) {
    // Real invoices must name the real seller: the demo facts are refused, field by field.
    for (const [field, variable] of [
      ["organisation_number", "INVOICE_SELLER_ORGANISATION_NUMBER"],
      ["vat_number", "INVOICE_SELLER_VAT_NUMBER"],
      ["bankgiro", "INVOICE_SELLER_BANKGIRO"],
    ] as const) {
      if (invoiceSeller[field] === DEMO_INVOICE_SELLER[field])
        problems.push(`${variable} is missing (the demo value would be printed on invoices)`)
    }
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
    licenseSigning,
    invoiceSeller,
    privateFilesDir: env.PRIVATE_FILES_DIR || `${process.cwd()}/private-files`,
    strapi,
  }
}
