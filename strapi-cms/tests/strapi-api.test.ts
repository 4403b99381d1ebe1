/**
 * The Strapi app as the Medusa backend and the content staff see it: real Strapi, real PostgreSQL
 * (a fresh database per file), real HTTP via supertest.
 */
import request from "supertest"
import { bootStrapi, createTestDatabase, dropTestDatabase, setTestEnv, stopStrapi } from "./helpers/strapi"

let strapi: any
let dbName: string
let http: ReturnType<typeof request>
const bearer = () => ({ Authorization: `Bearer ${process.env.STRAPI_API_TOKEN}` })

const countTokens = () => strapi.db.query("admin::api-token").count({ where: { name: "medusa-backend" } })
const countAdmins = () => strapi.db.query("admin::user").count({ where: { email: process.env.STRAPI_ADMIN_EMAIL } })

beforeAll(async () => {
  setTestEnv()
  dbName = await createTestDatabase()
  strapi = await bootStrapi()
  http = request(strapi.server.httpServer)
})

afterAll(async () => {
  await stopStrapi(strapi)
  if (dbName) await dropTestDatabase(dbName)
})

describe("health", () => {
  it("GET /_health answers 204", async () => {
    const res = await http.get("/_health")
    expect(res.status).toBe(204)
  })
})

describe("API token for the Medusa backend", () => {
  it("rejects a request without a token", async () => {
    const res = await http.get("/api/portal/tickets?companies=comp_a")
    expect([401, 403]).toContain(res.status)
  })

  it("rejects a token with a wrong key (401)", async () => {
    const res = await http.get("/api/portal/tickets?companies=comp_a").set("Authorization", `Bearer ${"x".repeat(64)}`)
    expect(res.status).toBe(401)
  })

  it("is a custom token holding exactly the portal API's actions", async () => {
    const token = await strapi.db.query("admin::api-token").findOne({ where: { name: "medusa-backend" }, populate: ["permissions"] })
    expect(token.type).toBe("custom")
    expect(token.kind).toBe("content-api")
    expect(token.expiresAt).toBeNull()
    // The admin's "view token" shows our key: it is stored encrypted with ENCRYPTION_KEY.
    expect(strapi.service("admin::encryption").decrypt(token.encryptedKey)).toBe(process.env.STRAPI_API_TOKEN)
    expect(token.permissions.map((p: any) => p.action).sort()).toEqual(
      [
        "api::portal.portal.createTicket",
        "api::portal.portal.file",
        "api::portal.portal.getTicket",
        "api::portal.portal.listAgreements",
        "api::portal.portal.listTickets",
        "api::portal.portal.overview",
        "api::portal.portal.reply",
        "api::portal.portal.setStatus",
        "api::portal.portal.upsertCompany",
      ].sort()
    )
    expect((await http.get("/api/portal/tickets?companies=comp_a").set(bearer())).status).toBe(200)
  })

  it("cannot use any core content-API route (internal notes, outbox, uploads stay out of reach)", async () => {
    for (const path of [
      "/api/ticket-messages",
      "/api/support-tickets",
      "/api/agreements",
      "/api/companies",
      "/api/ticket-events",
      "/api/upload/files",
    ]) {
      expect([`${path} ${(await http.get(path).set(bearer())).status}`]).toEqual([`${path} 403`])
    }
    expect((await http.get("/api/outbox-events").set(bearer())).status).toBe(404)
    expect(
      (
        await http
          .post("/api/support-tickets")
          .set(bearer())
          .send({ data: { subject: "x" } })
      ).status
    ).toBe(403)
    expect((await http.delete("/api/ticket-messages/abc").set(bearer())).status).toBe(403)
    // The end-user API is not mounted at all (tests/users-permissions.test.ts).
    expect((await http.get("/api/users").set(bearer())).status).toBe(404)
  })
})

describe("database constraints and indexes", () => {
  it("declares the unique keys on the columns and the list indexes", async () => {
    const { rows } = await strapi.db.connection.raw(
      `SELECT tablename, indexdef FROM pg_indexes WHERE tablename IN ('companies', 'support_tickets', 'outbox_events', 'agreements')`
    )
    const defs = rows.map((r: any) => r.indexdef as string)
    const has = (re: RegExp) => defs.some((d: string) => re.test(d))
    expect(has(/UNIQUE INDEX .* ON public\.companies .*\(medusa_id\)/)).toBe(true)
    expect(has(/UNIQUE INDEX .* ON public\.support_tickets .*\(idempotency_key\)/)).toBe(true)
    expect(has(/UNIQUE INDEX .* ON public\.support_tickets .*\(number\)/)).toBe(true)
    expect(has(/UNIQUE INDEX .* ON public\.outbox_events .*\(event_id\)/)).toBe(true)
    expect(has(/support_tickets_company_activity_idx .*\(company_key, last_activity_at\)/)).toBe(true)
    expect(has(/support_tickets_status_idx .*\(ticket_status\)/)).toBe(true)
    const seq = await strapi.db.connection.raw(`SELECT 1 FROM pg_class WHERE relkind = 'S' AND relname = 'support_ticket_number_seq'`)
    expect(seq.rows).toHaveLength(1)
  })
})

describe("demo content-staff admin", () => {
  it("exists once with the Editor role and can log in to the admin API", async () => {
    const user = await strapi.db.query("admin::user").findOne({ where: { email: process.env.STRAPI_ADMIN_EMAIL }, populate: ["roles"] })
    expect(user.isActive).toBe(true)
    expect(user.roles.map((r: any) => r.code)).toEqual(["strapi-editor"])

    const res = await http.post("/admin/login").send({ email: process.env.STRAPI_ADMIN_EMAIL, password: process.env.STRAPI_ADMIN_PASSWORD })
    expect(res.status).toBe(200)
    expect(typeof res.body.data.token).toBe("string")

    // Editor: the three content types in the content manager, but no settings (API tokens, users).
    const jwt = { Authorization: `Bearer ${res.body.data.token}` }
    for (const uid of ["api::support-ticket.support-ticket", "api::ticket-message.ticket-message", "api::agreement.agreement"]) {
      expect((await http.get(`/content-manager/collection-types/${uid}`).set(jwt)).status).toBe(200)
    }
    expect((await http.get("/admin/api-tokens").set(jwt)).status).toBe(403)

    const bad = await http.post("/admin/login").send({ email: process.env.STRAPI_ADMIN_EMAIL, password: "Wrong-Password-1" })
    expect(bad.status).toBe(400)
  })
})

describe("bootstrap is idempotent and repairs drift", () => {
  const bootstrap = () => require("../dist/src/index").default.bootstrap({ strapi })

  it("running it again creates no second token or admin", async () => {
    await bootstrap()
    await bootstrap()
    expect(await countTokens()).toBe(1)
    expect(await countAdmins()).toBe(1)
    const res = await http.get("/api/portal/tickets?companies=comp_a").set(bearer())
    expect(res.status).toBe(200)
  })

  it("follows a changed STRAPI_API_TOKEN and restores tampered permissions", async () => {
    const oldKey = process.env.STRAPI_API_TOKEN as string
    const token = await strapi.db.query("admin::api-token").findOne({ where: { name: "medusa-backend" } })
    await strapi.db
      .query("admin::api-token-permission")
      .create({ data: { action: "api::ticket-message.ticket-message.find", token: token.id } })

    process.env.STRAPI_API_TOKEN = `${oldKey}-rotated`
    await bootstrap()

    const list = "/api/portal/tickets?companies=comp_a"
    expect((await http.get(list).set("Authorization", `Bearer ${oldKey}`)).status).toBe(401)
    expect((await http.get(list).set(bearer())).status).toBe(200)
    expect((await http.get("/api/ticket-messages").set(bearer())).status).toBe(403)
    expect(await countTokens()).toBe(1)
  })

  it("a second boot on the same database keeps one token and one admin", async () => {
    await stopStrapi(strapi)
    strapi = await bootStrapi()
    http = request(strapi.server.httpServer)
    expect(await countTokens()).toBe(1)
    expect(await countAdmins()).toBe(1)
    expect((await http.get("/api/portal/tickets?companies=comp_a").set(bearer())).status).toBe(200)
  })
})
