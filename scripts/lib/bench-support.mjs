// Pair 7 of `npm run bench`: the cross-company ticket list of a user in 20 companies with 50,000 tickets in
// all, against a direct Strapi REST query of one company's tickets. Strapi runs beside the bench's Medusa.
import { createHmac, randomBytes } from "node:crypto"
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

/**
 * A read-only content-API token of the bench's Strapi, for Strapi's own REST routes: written straight
 * into its database (as Strapi stores one: the salted HMAC of the key), so no admin account is needed.
 */
export async function createReadOnlyStrapiToken({ strapiDatabaseUrl, salt }) {
  const key = randomBytes(32).toString("hex")
  const client = new pg.Client({ connectionString: strapiDatabaseUrl })
  await client.connect()
  try {
    await client.query(
      `insert into strapi_api_tokens (document_id, name, description, kind, type, access_key, created_at, updated_at, published_at)
       values ($1, 'bench-read-only', 'npm run bench: Strapi REST baseline', 'content-api', 'read-only', $2, now(), now(), now())`,
      [randomBytes(12).toString("hex"), createHmac("sha512", salt).update(key).digest("hex")]
    )
  } finally {
    await client.end()
  }
  return key
}

// What a ticket list shows (the portal's TicketSummary), asked of Strapi's REST the way its docs say.
const REST_FIELDS = [
  "number",
  "subject",
  "ticketStatus",
  "priority",
  "category",
  "erpVersion",
  "companyKey",
  "createdByName",
  "lastActivityAt",
  "handlerName",
  "createdAt",
]

/** Pair 7's two Strapi queries answer the same page: the same tickets in the same order. */
export async function assertSameTicketPage(pair) {
  const { strapiRest, strapiOne } = pair.targets
  const [rest, portal] = await Promise.all(
    [strapiRest, strapiOne].map(async ({ url, headers }) => {
      const response = await fetch(url, { headers })
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
      return (await response.json()).data.map((ticket) => ticket.number)
    })
  )
  if (!rest.length || rest.join() !== portal.join())
    throw new Error(`pair 7 would compare unlike pages: REST ${rest.join(",")} vs portal route ${portal.join(",")}`)
}

/**
 * A: the portal's cross-company list (complete session); B: Strapi's own REST query of one company's
 * tickets (the same page, order and fields; read-only token); beside them, the portal route of
 * Strapi that the backend calls, for one company.
 */
export function supportPair({ medusaUrl, headers, strapiUrl, apiToken, readOnlyToken, companyId, latencyGoal }) {
  const rest = new URLSearchParams({
    "filters[companyKey][$eq]": companyId,
    "sort[0]": "lastActivityAt:desc",
    "pagination[page]": "1",
    "pagination[pageSize]": "25",
  })
  REST_FIELDS.forEach((field, index) => rest.set(`fields[${index}]`, field))
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
      strapiRest: {
        label: "GET Strapi /api/support-tickets (1 company, REST)",
        url: `${strapiUrl}/api/support-tickets?${rest}`,
        headers: { authorization: `Bearer ${readOnlyToken}` },
      },
      strapiOne: {
        label: "GET Strapi /api/portal/tickets (1 company, the backend's route)",
        url: `${strapiUrl}/api/portal/tickets?companies=${encodeURIComponent(companyId)}`,
        headers: { authorization: `Bearer ${apiToken}` },
      },
    },
  }
}
