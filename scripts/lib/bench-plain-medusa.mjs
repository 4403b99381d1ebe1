// Pair 9 of `npm run bench`: what the portal's access layer costs. A plain Medusa (scripts/bench-plain-medusa:
// no plugins, no module overrides) is started on the bench's database beside the portal's server, and core
// GET /store/regions through the portal (guard, session, tenancy) is measured against the same route there.
import { part } from "./paths.mjs"
import { waitForHttp } from "./processes.mjs"

export const PLAIN_MEDUSA_DIR = part("scripts", "bench-plain-medusa")

/** Starts the plain Medusa on `port` in `group`; resolves with its URL once /health answers. */
export async function startPlainMedusa({ group, medusaBin, databaseUrl, secrets, port }) {
  const url = `http://localhost:${port}`
  const entry = group.start("plain-medusa", medusaBin, ["start"], {
    cwd: PLAIN_MEDUSA_DIR,
    env: {
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secrets.JWT_SECRET,
      COOKIE_SECRET: secrets.COOKIE_SECRET,
      NODE_ENV: "production",
      PORT: String(port),
      MEDUSA_DISABLE_TELEMETRY: "true",
    },
  })
  await waitForHttp(`${url}/health`, { entry, expect: (status) => status === 200 })
  return url
}

/** The pair: the portal's /store/regions (complete portal session) against the plain Medusa's (publishable key only). */
export function accessLayerPair({ portalUrl, headers, plainUrl, publishableKey, goal }) {
  return {
    unit: "req/s",
    goal,
    note: "the same core route and database; A passes the portal's guard, B is Medusa without plugins",
    targets: {
      portalRegions: { label: "GET /store/regions (portal: guard + session)", url: `${portalUrl}/store/regions`, headers },
      plainRegions: {
        label: "GET /store/regions (plain Medusa, no plugins)",
        url: `${plainUrl}/store/regions`,
        headers: { "x-publishable-api-key": publishableKey },
      },
    },
  }
}
