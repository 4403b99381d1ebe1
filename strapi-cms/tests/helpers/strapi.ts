/**
 * Boot a real Strapi (compiled dist/, no admin panel build) against a throw-away PostgreSQL database.
 */
import crypto from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { SECRET_VARS } from "../../src/env-check"

export const appDir = path.resolve(__dirname, "../..")
export const distDir = path.join(appDir, "dist")

const serverUrl = () => process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres"

const randomSecret = () => crypto.randomBytes(24).toString("hex") // 48 chars

/** The env a test Strapi runs with: random secrets (≥ 32 chars), no production mode. */
export const setTestEnv = () => {
  process.env.STRAPI_TELEMETRY_DISABLED = "true"
  delete process.env.MYMONITOR_ENV
  process.env.NODE_ENV = "test"
  process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL || "error"
  for (const name of SECRET_VARS) {
    process.env[name] = name === "APP_KEYS" ? `${randomSecret()},${randomSecret()}` : randomSecret()
  }
  process.env.STRAPI_ADMIN_EMAIL = "innehall.test@monitor.se"
  process.env.STRAPI_ADMIN_PASSWORD = "Test-Innehall-2026"
  process.env.STRAPI_SUPPORT_EMAIL = "support.test@monitor.se"
  process.env.STRAPI_SUPPORT_PASSWORD = "Test-Support-2026"
  process.env.PRIVATE_UPLOADS_DIR = path.join(os.tmpdir(), `mymonitor-strapi-test-${crypto.randomBytes(6).toString("hex")}`)
  // Nothing listens here unless a test starts its receiver and points MEDUSA_BACKEND_URL at it.
  process.env.MEDUSA_BACKEND_URL = "http://127.0.0.1:9"
  process.env.OUTBOX_RETRY_INTERVAL_MS = "200"
}

const adminClient = async () => {
  const client = new Client({ connectionString: serverUrl() })
  await client.connect()
  return client
}

/** Create an empty database on the DATABASE_URL server and point STRAPI_DATABASE_URL at it. */
export const createTestDatabase = async (): Promise<string> => {
  const name = `mymonitor_strapi_test_${crypto.randomBytes(6).toString("hex")}`
  const client = await adminClient()
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  process.env.STRAPI_DATABASE_URL = url.toString()
  return name
}

export const dropTestDatabase = async (name: string) => {
  // The test's private uploads go with its database.
  if (process.env.PRIVATE_UPLOADS_DIR?.includes("mymonitor-strapi-test-")) {
    fs.rmSync(process.env.PRIVATE_UPLOADS_DIR, { recursive: true, force: true })
  }
  const client = await adminClient()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** Load Strapi from dist/ with the current process.env and mount its routes (no listen). */
export const bootStrapi = async (): Promise<any> => {
  // Required lazily so the env is in place before Strapi reads its config.
  const { createStrapi } = require("@strapi/strapi")
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false })
  await strapi.load()
  strapi.server.mount()
  return strapi
}

export const stopStrapi = async (strapi: any) => {
  if (!strapi) return
  await strapi.destroy()
}
