import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR } from "./paths.mjs"

/** Every secret the parts read from the environment. Production must set each one itself. */
export const SECRET_NAMES = [
  "JWT_SECRET",
  "COOKIE_SECRET",
  "MFA_ENCRYPTION_KEY",
  "ERP_ENCRYPTION_KEY",
  "STRAPI_API_TOKEN",
  "STRAPI_WEBHOOK_SECRET",
  "PORTAL_FORWARD_SECRET",
  "LICENSE_SIGNING_KEY",
  "APP_KEYS",
  "API_TOKEN_SALT",
  "ADMIN_JWT_SECRET",
  "TRANSFER_TOKEN_SALT",
  "STRAPI_JWT_SECRET",
  "ENCRYPTION_KEY",
]

/** The ones Medusa reads; the rest are Strapi's. */
export const MEDUSA_SECRET_NAMES = [
  "JWT_SECRET",
  "COOKIE_SECRET",
  "MFA_ENCRYPTION_KEY",
  "ERP_ENCRYPTION_KEY",
  "PORTAL_FORWARD_SECRET",
  "LICENSE_SIGNING_KEY",
  "STRAPI_API_TOKEN",
  "STRAPI_WEBHOOK_SECRET",
]

/** A fresh value for a secret: random bytes, four of them for APP_KEYS, an Ed25519 key (PKCS#8 PEM) for the license files. */
export const generateSecret = (name) => {
  if (name === "APP_KEYS") return Array.from({ length: 4 }, () => crypto.randomBytes(24).toString("base64url")).join(",")
  if (name === "LICENSE_SIGNING_KEY") return crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" })
  return crypto.randomBytes(32).toString("base64url")
}

/**
 * Development secrets: generated once, kept in .data/secrets.json (mode 600) so
 * that sessions and tokens survive a restart. A value already in the
 * environment wins.
 */
export function loadDevelopmentSecrets(file = path.join(DATA_DIR, "secrets.json")) {
  const stored = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  let changed = false
  for (const name of SECRET_NAMES) {
    if (!stored[name]) {
      stored[name] = generateSecret(name)
      changed = true
    }
  }
  if (changed) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, process.env[name] || stored[name]]))
}
