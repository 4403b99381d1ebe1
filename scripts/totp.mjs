#!/usr/bin/env node
// `npm run totp -- <email>`: the current authenticator-app code of a demo account, read from the
// running portal's database the way the person's phone would compute it. Development only: it needs
// the development MFA key (.data/secrets.json) and `npm start` running (or DATABASE_URL).
import { createRequire } from "node:module"
import { configuredServerUrl, databaseUrl, queryOne } from "./lib/database.mjs"
import { part } from "./lib/paths.mjs"
import { loadDevelopmentSecrets } from "./lib/secrets.mjs"

const require = createRequire(import.meta.url)
const email = process.argv[2]?.toLowerCase()
if (!email) {
  console.error("Usage: npm run totp -- <email>   (e.g. anna@verkstadnord.se)")
  process.exit(2)
}

process.env.MFA_ENCRYPTION_KEY ||= loadDevelopmentSecrets().MFA_ENCRYPTION_KEY
let openSecret, totpCode
try {
  ;({ openSecret } = require(part("plugins/common/.medusa/server/src/lib/secret-box.js")))
  ;({ totpCode } = require(part("plugins/portal-auth/.medusa/server/src/lib/otp.js")))
} catch {
  console.error("The plugins are not built yet: run `npm start` (or `npm run build:plugins`) first.")
  process.exit(1)
}

const medusaDb =
  process.env.MEDUSA_DATABASE_URL || databaseUrl(configuredServerUrl(), `${process.env.MYMONITOR_DATABASE_PREFIX || "mymonitor"}_medusa`)
let row
try {
  row = await queryOne(
    medusaDb,
    `select f.provider_metadata from auth_mfa_factor f join provider_identity p on p.auth_identity_id = f.auth_identity_id
     where p.entity_id = $1 and p.provider = 'emailpass' and f.provider = 'totp' and f.status = 'enabled' and f.deleted_at is null limit 1`,
    [email]
  )
} catch (error) {
  console.error(`Cannot read the portal's database (${error.message}). Is \`npm start\` running?`)
  process.exit(1)
}
if (!row) {
  console.error(`${email} has no authenticator-app factor (the demo users get one from the seed).`)
  process.exit(1)
}
// The replay guard refuses a time step that was already used: then wait for the next one.
const lastStep = row.provider_metadata.last_time_step ?? -1
let now = Math.floor(Date.now() / 1000)
if (Math.floor(now / 30) <= lastStep) {
  const waitMs = ((lastStep + 1) * 30 - now) * 1000
  console.error(`(the current code was just used; waiting ${Math.ceil(waitMs / 1000)} s for the next one)`)
  await new Promise((resolve) => setTimeout(resolve, waitMs + 100))
  now = Math.floor(Date.now() / 1000)
}
console.log(await totpCode(openSecret(row.provider_metadata.sealed_secret, "MFA_ENCRYPTION_KEY"), now))
console.error(`valid for ${30 - (now % 30)} more seconds`)
