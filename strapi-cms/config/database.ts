import type { Core } from "@strapi/strapi"
import { resolveDatabaseUrl } from "../src/env-check"

// PostgreSQL only: STRAPI_DATABASE_URL as is, or the database "mymonitor_strapi" on the DATABASE_URL
// server (see src/env-check.ts). The database must exist; Strapi creates the tables.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database<"postgres"> => {
  const connectionString = resolveDatabaseUrl()
  const url = new URL(connectionString)
  return {
    connection: {
      client: "postgres",
      connection: {
        // pg gives connectionString precedence (so ?sslmode=… etc. work); the fields are for the types/logs.
        connectionString,
        host: url.hostname,
        port: Number(url.port || 5432),
        database: decodeURIComponent(url.pathname.replace(/^\//, "")),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        schema: env("DATABASE_SCHEMA", "public"),
      },
      pool: { min: env.int("DATABASE_POOL_MIN", 0), max: env.int("DATABASE_POOL_MAX", 10) },
      acquireConnectionTimeout: env.int("DATABASE_CONNECTION_TIMEOUT", 60000),
    },
  }
}

export default config
