// Pair 7 of `npm run bench`: the cross-company ticket list of a user in 20 companies with 50,000 tickets in
// all, against a direct Strapi REST query of one company's tickets. Strapi runs beside the bench's Medusa.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import pg from "pg"
import { databaseUrl, dropDatabase, ensureDatabase } from "./database.mjs"
import { DATA_DIR, part } from "./paths.mjs"
import { startStrapi, strapiEnv } from "./stack.mjs"

const require = createRequire(import.meta.url)
const { seedScaleTickets } = require(part("strapi-cms", "tests", "helpers", "scale-tickets.js"))

export const SUPPORT_DATABASE = "mymonitor_bench_strapi"
export const SUPPORT_COMPANIES = 20
export const SUPPORT_TICKETS = Number(process.env.BENCH_TICKETS || 50_000)
const PRIVATE_UPLOADS = path.join(DATA_DIR, "private-uploads", SUPPORT_DATABASE)

/** A fresh Strapi database (and private uploads folder) for this run. */
export async function freshStrapiDatabase(serverUrl) {
  await dropStrapiDatabase(serverUrl)
  await ensureDatabase(serverUrl, SUPPORT_DATABASE)
  return databaseUrl(serverUrl, SUPPORT_DATABASE)
}

export async function dropStrapiDatabase(serverUrl) {
  await dropDatabase(serverUrl, SUPPORT_DATABASE)
  fs.rmSync(PRIVATE_UPLOADS, { recursive: true, force: true })
}

/** The built Strapi on `port`, pushing to the bench's Medusa; resolves with its URL once it is healthy. */
export async function startBenchStrapi({ group, secrets, strapiDatabaseUrl, port, medusaUrl, smtpUrl }) {
  const url = `http://localhost:${port}`
  const env = strapiEnv({ secrets, databaseUrl: strapiDatabaseUrl, port, medusaUrl, smtpUrl, privateUploadsDir: PRIVATE_UPLOADS })
  await startStrapi({ group, env, url })
  return url
}

/**
 * The bench's support companies (made by seed-bench-accounts with BENCH_SUPPORT_COMPANIES) put to Strapi
 * by their Medusa ids, then SUPPORT_TICKETS tickets spread over them straight in SQL. Returns the ids.
 */
export async function seedSupportTickets({ medusaDatabaseUrl, strapiDatabaseUrl, strapiUrl, apiToken, log }) {
  const client = new pg.Client({ connectionString: medusaDatabaseUrl })
  await client.connect()
  let companies
  try {
    ;({ rows: companies } = await client.query(
      "select id, name from company where customer_number like 'BENCH-S%' and deleted_at is null order by customer_number"
    ))
  } finally {
    await client.end()
  }
  if (companies.length !== SUPPORT_COMPANIES)
    throw new Error(`expected ${SUPPORT_COMPANIES} bench support companies, found ${companies.length}`)
  for (const company of companies) {
    const response = await fetch(`${strapiUrl}/api/portal/companies/${company.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiToken}` },
      body: JSON.stringify({ name: company.name }),
    })
    if (response.status !== 200) throw new Error(`PUT company ${company.id} to Strapi: ${response.status} ${await response.text()}`)
  }
  const ids = companies.map((c) => c.id)
  log(`… seeding ${SUPPORT_TICKETS} tickets over ${ids.length} companies in Strapi's database (SQL)`)
  await seedScaleTickets({ databaseUrl: strapiDatabaseUrl, companies: ids, total: SUPPORT_TICKETS })
  return ids
}

/** A: the portal's cross-company list (complete session); B: Strapi's list of one company, token only. */
export function supportPair({ medusaUrl, headers, strapiUrl, apiToken, companyId, latencyGoal }) {
  return {
    unit: "req/s",
    latencyGoal,
    note: `${SUPPORT_TICKETS} tickets in ${SUPPORT_COMPANIES} companies; A lists all of them, B one company`,
    targets: {
      crossList: {
        label: `GET /store/support/tickets (${SUPPORT_COMPANIES} companies)`,
        url: `${medusaUrl}/store/support/tickets`,
        headers,
      },
      strapiOne: {
        label: "GET Strapi /api/portal/tickets (1 company, direct)",
        url: `${strapiUrl}/api/portal/tickets?companies=${encodeURIComponent(companyId)}`,
        headers: { authorization: `Bearer ${apiToken}` },
      },
    },
  }
}
