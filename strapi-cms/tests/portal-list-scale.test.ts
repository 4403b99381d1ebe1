/**
 * The ticket list with 50,000 tickets in 20 companies (seeded directly in SQL, not through REST):
 * one page + count stay fast, and the planner uses the company/activity index.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the Strapi instance and JSON bodies are untyped in tests */
import fs from "fs"
import request from "supertest"
import { bootStrapi, createTestDatabase, dropTestDatabase, setTestEnv, stopStrapi } from "./helpers/strapi"
import { bearer, putCompany } from "./helpers/portal"
import { seedScaleTickets } from "./helpers/scale-tickets"

let strapi: any
let dbName: string
let api: ReturnType<typeof request>
const companies = Array.from({ length: 20 }, (_, i) => `comp_scale_${String(i).padStart(2, "0")}`)

beforeAll(async () => {
  setTestEnv()
  dbName = await createTestDatabase()
  strapi = await bootStrapi()
  api = request(strapi.server.httpServer)
  for (const c of companies) await putCompany(api, c, `Företag ${c}`)
  await seedScaleTickets({ databaseUrl: process.env.STRAPI_DATABASE_URL as string, companies, total: 50000 })
}, 120000)

afterAll(async () => {
  await stopStrapi(strapi)
  if (dbName) await dropTestDatabase(dbName)
  fs.rmSync(process.env.PRIVATE_UPLOADS_DIR as string, { recursive: true, force: true })
})

const timed = async (query: Record<string, string | number>) => {
  const times: number[] = []
  let body: any
  for (let i = 0; i < 10; i++) {
    const start = process.hrtime.bigint()
    const res = await api.get("/api/portal/tickets").query(query).set(bearer())
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    expect(res.status).toBe(200)
    body = res.body
  }
  times.sort((a, b) => a - b)
  return { p50: times[5], body }
}

it("one company and all 20 companies: a page and the total quickly", async () => {
  const one = await timed({ companies: companies[3] })
  expect(one.body.meta.total).toBe(2500)
  expect(one.body.data).toHaveLength(25)
  const all = await timed({ companies: companies.join(","), status: "open", page: 40 })
  expect(all.body.meta.total).toBe(40000)
  console.log(`[scale] p50 one company ${one.p50.toFixed(1)} ms, 20 companies (open, page 40) ${all.p50.toFixed(1)} ms`)
  expect(one.p50).toBeLessThan(400)
  expect(all.p50).toBeLessThan(1000)
})

it("uses the company/activity index for one company's page", async () => {
  const { rows } = await strapi.db.connection.raw(
    `EXPLAIN SELECT * FROM support_tickets t WHERE t.company_key = ANY(?) ORDER BY t.last_activity_at DESC NULLS LAST, t.id DESC LIMIT 25`,
    [[companies[3]]]
  )
  expect(rows.map((r: any) => r["QUERY PLAN"]).join("\n")).toContain("support_tickets_company_activity_idx")
})

it("keeps the totals exact through updates, moves and deletes in SQL (the per-company counts)", async () => {
  const knex = strapi.db.connection
  await knex.raw(`UPDATE support_tickets SET ticket_status = 'closed' WHERE number BETWEEN 100001 AND 100100`)
  await knex.raw(`UPDATE support_tickets SET company_key = ? WHERE number BETWEEN 100101 AND 100150`, [companies[0]])
  await knex.raw(`UPDATE support_tickets SET subject = 'Ändrat ärende' WHERE number BETWEEN 100151 AND 100160`)
  await knex.raw(`DELETE FROM support_tickets WHERE number BETWEEN 100161 AND 100180`)
  const counted = async (keys: string[], status?: string) => {
    const filter = status === "open" ? " AND ticket_status <> 'closed'" : status ? " AND ticket_status = ?" : ""
    const { rows } = await knex.raw(`SELECT COUNT(*)::int AS n FROM support_tickets WHERE company_key = ANY(?)${filter}`, [
      keys,
      ...(status && status !== "open" ? [status] : []),
    ])
    return rows[0].n
  }
  for (const keys of [[companies[0]], [companies[1]], companies]) {
    for (const status of [undefined, "open", "closed", "new"]) {
      const res = await api
        .get("/api/portal/tickets")
        .query({ companies: keys.join(","), ...(status ? { status } : {}) })
        .set(bearer())
      expect([keys.length, status, res.body.meta.total]).toEqual([keys.length, status, await counted(keys, status)])
    }
  }
  expect(await counted(companies)).toBe(49980)
  const overview = await api
    .get("/api/portal/overview")
    .query({ supportCompanies: companies.join(","), agreementCompanies: "" })
    .set(bearer())
  expect(overview.body.data.openTickets).toBe(await counted(companies, "open"))
})
