/**
 * Configuration from the environment: production secret check, dev fallbacks, database URL.
 */
import crypto from "crypto"
import {
  assertProductionSecrets,
  findSecretProblems,
  getIntegrationSettings,
  getSecrets,
  getServerSettings,
  resolveDatabaseUrl,
  SECRET_VARS,
} from "../src/env-check"
import { appDir, distDir } from "./helpers/strapi"

const strong = () => crypto.randomBytes(24).toString("base64url") // 32 chars

const productionEnv = (): Record<string, string> => {
  const env: Record<string, string> = {
    MYMONITOR_ENV: "production",
    STRAPI_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/mymonitor_strapi",
  }
  for (const name of SECRET_VARS) env[name] = strong()
  env.APP_KEYS = `${strong()},${strong()}`
  return env
}

describe("production secret check", () => {
  it("accepts random secrets of at least 32 characters", () => {
    const env = productionEnv()
    expect(findSecretProblems(env)).toEqual([])
    expect(() => assertProductionSecrets(env)).not.toThrow()
    expect(getSecrets(env).strapiApiToken).toBe(env.STRAPI_API_TOKEN)
    expect(getSecrets(env).appKeys).toEqual(env.APP_KEYS.split(","))
  })

  it("names every missing, short or demo secret", () => {
    const env: Record<string, string | undefined> = productionEnv()
    delete env.STRAPI_API_TOKEN
    env.API_TOKEN_SALT = "tobemodified"
    env.JWT_SECRET = "short"
    env.ENCRYPTION_KEY = "dev-only-encryption-key-not-a-secret-at-all"
    env.STRAPI_WEBHOOK_SECRET = "this-is-the-demo-webhook-secret-of-mymonitor"
    env.ADMIN_JWT_SECRET = "changeme-changeme-changeme-changeme"
    env.APP_KEYS = `${strong()},toBeModified2`

    let message = ""
    try {
      assertProductionSecrets(env)
    } catch (e) {
      message = (e as Error).message
    }
    for (const name of [
      "STRAPI_API_TOKEN is missing",
      "API_TOKEN_SALT is shorter",
      "JWT_SECRET is shorter",
      "ENCRYPTION_KEY looks like a default/demo value",
      "STRAPI_WEBHOOK_SECRET looks like a default/demo value",
      "ADMIN_JWT_SECRET looks like a default/demo value",
      "APP_KEYS (key 2)",
    ]) {
      expect(message).toContain(name)
    }
    expect(message.split(". Set each of")[0]).not.toContain("TRANSFER_TOKEN_SALT")
    expect(() => getSecrets(env)).toThrow(/Refusing to start Strapi/)
  })

  it("rejects a missing APP_KEYS and an empty value", () => {
    const env: Record<string, string | undefined> = productionEnv()
    env.APP_KEYS = " , "
    env.TRANSFER_TOKEN_SALT = ""
    expect(findSecretProblems(env)).toEqual(["APP_KEYS is missing", "TRANSFER_TOKEN_SALT is missing"])
  })

  it("outside production falls back to loud dev-only values", () => {
    const secrets = getSecrets({})
    expect(secrets.strapiApiToken).toMatch(/^dev-only-/)
    expect(secrets.appKeys).toHaveLength(2)
    expect(secrets.appKeys.every((k) => k.startsWith("dev-only-"))).toBe(true)
    expect(() => assertProductionSecrets({ MYMONITOR_ENV: "development" })).not.toThrow()
  })

  it("makes Strapi itself refuse to load in production with a demo secret", () => {
    const saved = { ...process.env }
    try {
      Object.assign(process.env, productionEnv(), { STRAPI_API_TOKEN: "demo-token" })
      const { createStrapi } = require("@strapi/strapi")
      expect(() => createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false })).toThrow(
        /STRAPI_API_TOKEN is shorter than 32 characters/
      )
    } finally {
      process.env = saved
    }
  })
})

describe("database URL", () => {
  it("uses STRAPI_DATABASE_URL as is", () => {
    expect(
      resolveDatabaseUrl({
        STRAPI_DATABASE_URL: "postgres://u:p@db:5432/custom",
        DATABASE_URL: "postgres://x@y/z",
      })
    ).toBe("postgres://u:p@db:5432/custom")
  })

  it("puts mymonitor_strapi on the DATABASE_URL server", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" })).toBe(
      "postgres://postgres@127.0.0.1:5432/mymonitor_strapi"
    )
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgresql://u:p%40ss@db:6543/medusa?sslmode=require" })).toBe(
      "postgresql://u:p%40ss@db:6543/mymonitor_strapi?sslmode=require"
    )
  })

  it("fails clearly without a database or with a non-PostgreSQL URL", () => {
    expect(() => resolveDatabaseUrl({})).toThrow(/STRAPI_DATABASE_URL.*DATABASE_URL/)
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://a@b/c" })).toThrow(/PostgreSQL/)
  })
})

describe("server settings", () => {
  it("defaults to 0.0.0.0:1337 and reads STRAPI_PORT, HOST, STRAPI_PUBLIC_URL", () => {
    expect(getServerSettings({})).toEqual({ host: "0.0.0.0", port: 1337 })
    expect(getServerSettings({ STRAPI_PORT: "9001", HOST: "127.0.0.1", STRAPI_PUBLIC_URL: "https://cms.example.se" })).toEqual({
      host: "127.0.0.1",
      port: 9001,
      publicUrl: "https://cms.example.se",
    })
    expect(() => getServerSettings({ STRAPI_PORT: "abc" })).toThrow(/STRAPI_PORT/)
  })
})

describe("integration settings", () => {
  it("defaults outside production and resolves PRIVATE_UPLOADS_DIR against the app", () => {
    expect(getIntegrationSettings("/srv/app", {})).toEqual({
      medusaBackendUrl: "http://localhost:9000",
      privateUploadsDir: "/srv/app/private-uploads",
      outboxRetryIntervalMs: 2000,
    })
    expect(
      getIntegrationSettings("/srv/app", {
        MEDUSA_BACKEND_URL: "http://medusa:9000/",
        PRIVATE_UPLOADS_DIR: "../files",
        OUTBOX_RETRY_INTERVAL_MS: "500",
      })
    ).toEqual({ medusaBackendUrl: "http://medusa:9000", privateUploadsDir: "/srv/files", outboxRetryIntervalMs: 500 })
  })

  it("requires MEDUSA_BACKEND_URL in production and a valid URL and interval everywhere", () => {
    expect(() => getIntegrationSettings("/srv/app", { MYMONITOR_ENV: "production" })).toThrow(/MEDUSA_BACKEND_URL must be set/)
    expect(() => getIntegrationSettings("/srv/app", { MEDUSA_BACKEND_URL: "not a url" })).toThrow(/not a valid URL/)
    expect(() => getIntegrationSettings("/srv/app", { OUTBOX_RETRY_INTERVAL_MS: "5" })).toThrow(/OUTBOX_RETRY_INTERVAL_MS/)
  })
})
