import { createSecretKey } from "node:crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { resolveBackendEnvironment } from "./src/config/environment"
import { retiredKeysOf } from "@mymonitor/common/lib/secret-box"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = resolveBackendEnvironment(process.env)

// The key that seals the second factors' secrets, handed to the MFA providers (never read by them from the environment).
const mfaKeys = { encryption_key: env.secrets.mfaEncryptionKey, retired_encryption_keys: retiredKeysOf("MFA_ENCRYPTION_KEY") }

// With REDIS_URL set (the production profile) every infrastructure module that
// holds state between requests moves to Redis, so several Medusa processes can
// serve the same portal. Without it Medusa keeps its in-memory defaults, except the locks.
const redisModules = env.redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: env.redisUrl } } },
      // Core MFA challenges still live in the older cache module.
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: env.redisUrl } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: env.redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: env.redisUrl } }],
        },
      },
    ]
  : [
      // Without Redis the locks (one checkout per cart, one delivery per order) live in PostgreSQL,
      // so two Medusa processes on one database still share them.
      {
        resolve: "@medusajs/medusa/locking",
        options: { providers: [{ resolve: "@medusajs/medusa/locking-postgres", id: "locking-postgres", is_default: true }] },
      },
    ]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    databaseLogging: false,
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    // Medusa marks its session cookie Secure whenever NODE_ENV is production; the
    // local portal runs production builds over plain http, so only there we relax it.
    cookieOptions: !env.production && !env.backendUrl.startsWith("https://") ? { secure: false, sameSite: "lax" } : {},
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.secrets.jwtSecret,
      // The same secret as a key object for verifying: jsonwebtoken first tries to parse a string
      // secret as a PEM public key and throws, on every verification (twice per portal request, ~10 %
      // of its CPU). Medusa verifies with `jwtPublicKey ?? jwtSecret`; the algorithm is then pinned.
      jwtPublicKey: createSecretKey(Buffer.from(env.secrets.jwtSecret)),
      jwtOptions: { algorithm: "HS256" },
      jwtVerifyOptions: { algorithms: ["HS256"] },
      cookieSecret: env.secrets.cookieSecret,
    },
  },
  admin: {
    disable: env.disableAdmin,
    // No backendUrl: the admin is served by this backend and calls it on its own
    // origin, so one build works on any port and behind any public address.
  },
  featureFlags: env.redisUrl ? { caching: true } : {},
  plugins: [
    // In the order of docs/architecture.md: each plugin depends only on those above it.
    { resolve: "@mymonitor/portal-permissions", options: {} },
    { resolve: "@mymonitor/audit-log", options: {} },
    { resolve: "@mymonitor/company-tenancy", options: {} },
    { resolve: "@mymonitor/monitor-registration", options: {} },
    { resolve: "@mymonitor/portal-auth", options: {} },
    // The license files' signing key (LICENSE_SIGNING_KEY) and the retired public keys that stay in the JWKS.
    {
      resolve: "@mymonitor/licensing",
      options: { signing_key: env.licenseSigning.signingKey, retired_public_keys: env.licenseSigning.retiredPublicKeys },
    },
    // Invoices and credit notes; the seller on them from INVOICE_SELLER_* (docs/environment.md).
    { resolve: "@mymonitor/invoicing", options: { seller: env.invoiceSeller } },
    // Monitor Store: company prices, the company cart and checkout, the order pipeline.
    { resolve: "@mymonitor/monitor-store", options: {} },
    // Support and agreements: Strapi's content API (STRAPI_URL, STRAPI_API_TOKEN) and its signed pushes (STRAPI_WEBHOOK_SECRET).
    {
      resolve: "@mymonitor/support-desk",
      options: { strapiUrl: env.strapi.url, strapiApiToken: env.strapi.apiToken, webhookSecret: env.strapi.webhookSecret },
    },
    // Quotes ("Begär offert"): a quote beside a draft order, accepted into Monitor Store's order pipeline.
    { resolve: "@mymonitor/quotes", options: {} },
  ],
  modules: [
    {
      // Core auth with myMonitor's providers under core's ids: e-mail/password that
      // answers an unknown address as slowly as a known one, TOTP with a replay guard
      // and recovery codes that are single use also in parallel; SMS is added;
      // disabling a factor needs a code.
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [{ resolve: "@mymonitor/portal-auth/providers/emailpass", id: "emailpass" }],
        mfa: {
          encryption_key: env.secrets.mfaEncryptionKey,
          disable_policy: "challenge",
          challenge_ttl_seconds: 600,
          challenge_max_attempts: 5,
          providers: [
            { resolve: "@mymonitor/portal-auth/providers/totp-mfa", id: "totp", options: { issuer: "myMonitor", ...mfaKeys } },
            { resolve: "@mymonitor/portal-auth/providers/sms-mfa", id: "sms", options: { ...mfaKeys } },
            { resolve: "@mymonitor/portal-auth/providers/recovery-code-mfa", id: "recovery_code", options: {} },
          ],
        },
      },
    },
    {
      // Every message a person receives: templates in @mymonitor/notifications, e-mail
      // through nodemailer (SMTP_URL), SMS through the operator's gateway (SMS_GATEWAY_URL).
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          { resolve: "@mymonitor/notifications/providers/email", id: "email", options: { channels: ["email"] } },
          { resolve: "@mymonitor/notifications/providers/sms", id: "sms", options: { channels: ["sms"] } },
        ],
      },
    },
    {
      // Files: public ones (product images) in `static`, served at /static; private ones (invoice PDFs,
      // uploaded with access "private") in PRIVATE_FILES_DIR, outside it, reached only through the routes
      // that check who may see them.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static", private_upload_dir: env.privateFilesDir, backend_url: `${env.backendUrl}/static` },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
