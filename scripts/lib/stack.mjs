import fs from "node:fs"
import path from "node:path"
import { buildChanged } from "./builds.mjs"
import { seedSupportDemo } from "./demo-support.mjs"
import { databaseUrl, dropDatabase, ensureDatabase, queryOne, startDatabaseServer } from "./database.mjs"
import { DATA_DIR, ROOT, part } from "./paths.mjs"
import { ProcessGroup, portIsFree, run, waitForHttp } from "./processes.mjs"
import { MEDUSA_SECRET_NAMES, loadDevelopmentSecrets } from "./secrets.mjs"

const MEDUSA_BIN = part("node_modules", ".bin", "medusa")
const MAILDEV_BIN = part("node_modules", ".bin", "maildev")
export const DEMO_DATA_FILE = part("scripts", "demo-data.json")
/** The seed's publishable key for the portal (medusa-backend/src/seed/store.ts): its sales channel is Monitor Store. */
const PORTAL_PUBLISHABLE_KEY_TITLE = "myMonitor portal"

/** The token of the portal's publishable key in a Medusa database (the seed's default key names an empty channel). */
export async function portalPublishableKey(medusaDatabaseUrl) {
  const { token } = await queryOne(
    medusaDatabaseUrl,
    "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1",
    [PORTAL_PUBLISHABLE_KEY_TITLE]
  )
  return token
}

export function defaultPorts(env = process.env) {
  return {
    medusa: Number(env.MEDUSA_PORT || 9000),
    strapi: Number(env.STRAPI_PORT || 1337),
    storefront: Number(env.STOREFRONT_PORT || 8000),
    mailSmtp: Number(env.MAIL_SMTP_PORT || 1025),
    mailWeb: Number(env.MAIL_WEB_PORT || 1080),
  }
}

/**
 * Brings up the whole portal: database server, databases, builds, migrations,
 * demo data, mail catcher, Medusa, Strapi and the storefront. `npm start` and
 * the browser tests both use it; the tests pass their own ports and a
 * throw-away database prefix.
 */
export async function startStack({
  ports = defaultPorts(),
  databasePrefix = process.env.MYMONITOR_DATABASE_PREFIX || "mymonitor",
  freshDatabases = false,
  parts = ["medusa", "strapi", "storefront"],
  quiet = false,
  log = console.log,
  databaseServer,
} = {}) {
  const group = new ProcessGroup({ quiet })
  let database = databaseServer
  const stop = async () => {
    await group.stopAll()
    if (!databaseServer) await database?.stop()
  }
  try {
    for (const [name, port] of Object.entries(ports)) {
      const used = name.startsWith("mail") ? !process.env.SMTP_URL : name === "medusa" || parts.includes(name)
      if (used && !(await portIsFree(port))) {
        throw new Error(`Port ${port} (${name}) is taken. Stop what holds it, or set ${portVariable(name)}.`)
      }
    }
    const secrets = loadDevelopmentSecrets()
    database ??= await startDatabaseServer({ log })
    const medusaDb = `${databasePrefix}_medusa`
    const strapiDb = `${databasePrefix}_strapi`
    if (freshDatabases) {
      await dropDatabase(database.url, medusaDb)
      await dropDatabase(database.url, strapiDb)
    }
    await ensureDatabase(database.url, medusaDb)
    if (parts.includes("strapi")) await ensureDatabase(database.url, strapiDb)

    const buildOnly = ["plugins", "medusa", ...parts.filter((p) => p !== "medusa")]
    // Strapi loads its configuration (database included) even to build its admin.
    await buildChanged({
      only: buildOnly,
      log,
      env: { STRAPI_DATABASE_URL: process.env.STRAPI_DATABASE_URL || databaseUrl(database.url, strapiDb) },
    })

    const urls = {
      medusa: `http://localhost:${ports.medusa}`,
      strapi: `http://localhost:${ports.strapi}`,
      storefront: `http://localhost:${ports.storefront}`,
      mail: process.env.SMTP_URL ? undefined : `http://localhost:${ports.mailWeb}`,
    }
    const portalUrl = process.env.PORTAL_URL || urls.storefront
    const smtpUrl = process.env.SMTP_URL || `smtp://localhost:${ports.mailSmtp}`
    const medusaEnv = {
      ...pick(secrets, MEDUSA_SECRET_NAMES),
      MEDUSA_DATABASE_URL: process.env.MEDUSA_DATABASE_URL || databaseUrl(database.url, medusaDb),
      MEDUSA_PORT: String(ports.medusa),
      MEDUSA_BACKEND_URL: urls.medusa,
      PORTAL_URL: portalUrl,
      SMTP_URL: smtpUrl,
      STRAPI_URL: urls.strapi,
      MYMONITOR_DEMO_DATA: DEMO_DATA_FILE,
      // Invoice PDFs (private files) outside the build output, which a rebuild replaces; one folder per database.
      PRIVATE_FILES_DIR: process.env.PRIVATE_FILES_DIR || path.join(DATA_DIR, "private-files", medusaDb),
      // An SMS operator's gateway (tests start a fake one), mail sender and rate-limit overrides pass through.
      ...pick(
        process.env,
        Object.keys(process.env).filter((name) => /^(SMS_GATEWAY_|RATE_LIMIT_|MAIL_FROM$)/.test(name))
      ),
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "production",
    }
    const medusaServerDir = part("medusa-backend", ".medusa", "server")
    await prepareMedusaDatabase({ medusaServerDir, env: medusaEnv, databaseUrl: medusaEnv.MEDUSA_DATABASE_URL, log, group })
    const publishableKey = await portalPublishableKey(medusaEnv.MEDUSA_DATABASE_URL)

    if (!process.env.SMTP_URL) {
      const mail = group.start(
        "mail",
        MAILDEV_BIN,
        ["--smtp", String(ports.mailSmtp), "--web", String(ports.mailWeb), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"],
        { cwd: ROOT }
      )
      await waitForHttp(`${urls.mail}/`, { entry: mail, timeoutMs: 30_000 })
    }

    const waits = []
    const medusa = group.start("medusa", MEDUSA_BIN, ["start"], { cwd: medusaServerDir, env: { ...medusaEnv, PORT: String(ports.medusa) } })
    waits.push(waitForHttp(`${urls.medusa}/health`, { entry: medusa, expect: (s) => s === 200 }))
    if (parts.includes("strapi")) {
      const env = strapiEnv({
        secrets,
        databaseUrl: process.env.STRAPI_DATABASE_URL || databaseUrl(database.url, strapiDb),
        port: ports.strapi,
        medusaUrl: urls.medusa,
        smtpUrl,
        privateUploadsDir: process.env.PRIVATE_UPLOADS_DIR || path.join(DATA_DIR, "private-uploads", strapiDb),
      })
      waits.push(startStrapi({ group, env, url: urls.strapi }))
    }
    if (parts.includes("storefront")) {
      const storefront = group.start("storefront", "npm", ["run", "start", "-w", "storefront"], {
        cwd: ROOT,
        env: {
          MEDUSA_BACKEND_URL: urls.medusa,
          MEDUSA_PUBLISHABLE_KEY: publishableKey,
          PORTAL_FORWARD_SECRET: secrets.PORTAL_FORWARD_SECRET,
          PORTAL_URL: portalUrl,
          STOREFRONT_PORT: String(ports.storefront),
          PORT: String(ports.storefront),
          NEXT_TELEMETRY_DISABLED: "1",
          NODE_ENV: "production",
        },
      })
      waits.push(waitForHttp(`${urls.storefront}/sv/login`, { entry: storefront, expect: (s) => s === 200 }))
    }
    await Promise.all(waits)
    if (parts.includes("strapi")) {
      await seedSupportDemo({
        demo: JSON.parse(fs.readFileSync(DEMO_DATA_FILE, "utf8")),
        medusaDatabaseUrl: medusaEnv.MEDUSA_DATABASE_URL,
        strapiUrl: urls.strapi,
        apiToken: secrets.STRAPI_API_TOKEN,
        log,
      })
    }
    return { urls, publishableKey, database, group, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * Migrations and the demo seed run when the build or the demo data changed
 * since they last ran against this database, so a second start is quick. The
 * stamp is kept as the database's comment: it lives and dies with the data.
 */
export async function prepareMedusaDatabase({ medusaServerDir, env, databaseUrl: url, log, group }) {
  const stamps = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "build-stamps.json"), "utf8"))
  const wanted = `mymonitor-dev ${stamps.medusa} ${fs.statSync(DEMO_DATA_FILE).mtimeMs}`
  const { comment } = await queryOne(
    url,
    "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()"
  )
  if (comment === wanted) {
    log("✓ Medusa database is migrated and seeded")
    return
  }
  log("… migrating the Medusa database")
  await run("medusa", MEDUSA_BIN, ["db:migrate"], { cwd: medusaServerDir, env, quiet: true, group })
  log("… seeding demo data")
  await run("medusa", MEDUSA_BIN, ["exec", "./src/scripts/seed.js"], { cwd: medusaServerDir, env, quiet: true, group })
  const { name } = await queryOne(url, "select current_database() as name")
  await queryOne(url, `comment on database "${name.replace(/"/g, '""')}" is '${wanted}'`)
}

/** Strapi's environment: its secrets, database, port, the backend it pushes to and its private uploads. */
export function strapiEnv({ secrets, databaseUrl: url, port, medusaUrl, smtpUrl, privateUploadsDir }) {
  return {
    ...pick(secrets, [
      "APP_KEYS",
      "API_TOKEN_SALT",
      "ADMIN_JWT_SECRET",
      "TRANSFER_TOKEN_SALT",
      "ENCRYPTION_KEY",
      "STRAPI_API_TOKEN",
      "STRAPI_WEBHOOK_SECRET",
    ]),
    JWT_SECRET: secrets.STRAPI_JWT_SECRET,
    STRAPI_DATABASE_URL: url,
    STRAPI_PORT: String(port),
    PORT: String(port),
    SMTP_URL: smtpUrl,
    // Staff replies are pushed, signed, to the backend; attachments and agreement PDFs stay private.
    MEDUSA_BACKEND_URL: medusaUrl,
    PRIVATE_UPLOADS_DIR: privateUploadsDir,
    STRAPI_TELEMETRY_DISABLED: "true",
    NODE_ENV: "production",
  }
}

/** Starts the built Strapi (`npm run start -w strapi-cms`) in the group; resolves when it answers its health check. */
export function startStrapi({ group, env, url }) {
  const strapi = group.start("strapi", "npm", ["run", "start", "-w", "strapi-cms"], { cwd: ROOT, env })
  return waitForHttp(`${url}/_health`, { entry: strapi, expect: (s) => s === 204 })
}

export const pick = (object, keys) => Object.fromEntries(keys.map((key) => [key, object[key]]))

function portVariable(name) {
  return {
    medusa: "MEDUSA_PORT",
    strapi: "STRAPI_PORT",
    storefront: "STOREFRONT_PORT",
    mailSmtp: "MAIL_SMTP_PORT",
    mailWeb: "MAIL_WEB_PORT",
  }[name]
}
