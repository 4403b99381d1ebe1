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
    const res = await http.get("/api/support-tickets")
    expect([401, 403]).toContain(res.status)
  })

  it("rejects a token with a wrong key (401)", async () => {
    const res = await http.get("/api/support-tickets").set("Authorization", `Bearer ${"x".repeat(64)}`)
    expect(res.status).toBe(401)
  })

  it("is a custom token scoped to tickets, messages and agreements (not full access)", async () => {
    const token = await strapi.db.query("admin::api-token").findOne({ where: { name: "medusa-backend" }, populate: ["permissions"] })
    expect(token.type).toBe("custom")
    expect(token.kind).toBe("content-api")
    expect(token.expiresAt).toBeNull()
    // The admin's "view token" shows our key: it is stored encrypted with ENCRYPTION_KEY.
    expect(strapi.service("admin::encryption").decrypt(token.encryptedKey)).toBe(process.env.STRAPI_API_TOKEN)
    expect(token.permissions.map((p: any) => p.action).sort()).toEqual(
      [
        "api::agreement.agreement.find",
        "api::agreement.agreement.findOne",
        "api::support-ticket.support-ticket.create",
        "api::support-ticket.support-ticket.find",
        "api::support-ticket.support-ticket.findOne",
        "api::support-ticket.support-ticket.update",
        "api::ticket-message.ticket-message.create",
        "api::ticket-message.ticket-message.find",
        "api::ticket-message.ticket-message.findOne",
        "api::ticket-message.ticket-message.update",
      ].sort()
    )
  })
})

describe("support tickets through the API token", () => {
  let ticketId: string

  it("creates a ticket for a customer number with defaults applied", async () => {
    const res = await http
      .post("/api/support-tickets")
      .set(bearer())
      .send({
        data: {
          subject: "Kan inte skriva ut fakturor",
          description: "Utskriften hänger sig i Monitor ERP 25.7.",
          category: "problem",
          companyCustomerNumber: "10001",
          reporterEmail: "anna@verkstadnord.se",
          reporterName: "Anna Andersson",
        },
      })
    expect(res.status).toBe(201)
    expect(res.body.data).toMatchObject({
      subject: "Kan inte skriva ut fakturor",
      companyCustomerNumber: "10001",
      priority: "normal",
      status: "new",
      category: "problem",
    })
    expect(typeof res.body.data.documentId).toBe("string")
    ticketId = res.body.data.documentId

    const other = await http
      .post("/api/support-tickets")
      .set(bearer())
      .send({ data: { subject: "Licensfråga", companyCustomerNumber: "10002", priority: "high" } })
    expect(other.status).toBe(201)
  })

  it("adds a message to the ticket and reads it back through the relation", async () => {
    const res = await http
      .post("/api/ticket-messages")
      .set(bearer())
      .send({
        data: {
          body: "Vi har startat om servern, samma fel.",
          authorType: "customer",
          authorName: "Anna Andersson",
          authorEmail: "anna@verkstadnord.se",
          ticket: ticketId,
        },
      })
    expect(res.status).toBe(201)
    expect(res.body.data).toMatchObject({ authorType: "customer", internal: false })

    const ticket = await http.get(`/api/support-tickets/${ticketId}`).query({ populate: "messages" }).set(bearer())
    expect(ticket.status).toBe(200)
    expect(ticket.body.data.messages).toHaveLength(1)
    expect(ticket.body.data.messages[0].body).toBe("Vi har startat om servern, samma fel.")
  })

  it("lists tickets filtered by companyCustomerNumber", async () => {
    const res = await http
      .get("/api/support-tickets")
      .query({ filters: { companyCustomerNumber: { $eq: "10001" } } })
      .set(bearer())
    expect(res.status).toBe(200)
    expect(res.body.data.length).toBe(1)
    expect(res.body.data.every((t: any) => t.companyCustomerNumber === "10001")).toBe(true)
    expect(res.body.meta.pagination.total).toBe(1)
  })

  it("updates a ticket status", async () => {
    const res = await http
      .put(`/api/support-tickets/${ticketId}`)
      .set(bearer())
      .send({ data: { status: "open" } })
    expect(res.status).toBe(200)
    expect(res.body.data.status).toBe("open")
  })

  it("cannot delete a ticket (403)", async () => {
    const res = await http.delete(`/api/support-tickets/${ticketId}`).set(bearer())
    expect(res.status).toBe(403)
    const still = await http.get(`/api/support-tickets/${ticketId}`).set(bearer())
    expect(still.status).toBe(200)
  })

  it("cannot reach anything outside its scope (403)", async () => {
    expect(
      (
        await http
          .post("/api/agreements")
          .set(bearer())
          .send({ data: { title: "x" } })
      ).status
    ).toBe(403)
    // The end-user API is not mounted at all (tests/users-permissions.test.ts).
    expect((await http.get("/api/users").set(bearer())).status).toBe(404)
    expect((await http.delete("/api/ticket-messages/abc").set(bearer())).status).toBe(403)
  })

  it("rejects a ticket without subject with 400 naming the field", async () => {
    const res = await http
      .post("/api/support-tickets")
      .set(bearer())
      .send({ data: { companyCustomerNumber: "10001" } })
    expect(res.status).toBe(400)
    const paths = res.body.error.details.errors.map((e: any) => e.path.join("."))
    expect(paths).toContain("subject")
  })

  it("rejects an invalid priority with 400 naming the field", async () => {
    const res = await http
      .post("/api/support-tickets")
      .set(bearer())
      .send({ data: { subject: "x", companyCustomerNumber: "10001", priority: "urgent" } })
    expect(res.status).toBe(400)
    const paths = res.body.error.details.errors.map((e: any) => e.path.join("."))
    expect(paths).toContain("priority")
  })

  it("rejects a message without body with 400 naming the field", async () => {
    const res = await http
      .post("/api/ticket-messages")
      .set(bearer())
      .send({ data: { authorType: "staff", ticket: ticketId } })
    expect(res.status).toBe(400)
    const paths = res.body.error.details.errors.map((e: any) => e.path.join("."))
    expect(paths).toContain("body")
  })
})

describe("agreements through the API token", () => {
  beforeAll(async () => {
    const agreements = strapi.documents("api::agreement.agreement")
    await agreements.create({
      data: {
        title: "Supportavtal 2026",
        type: "support",
        companyCustomerNumber: "10001",
        validFrom: "2026-01-01",
        validTo: "2026-12-31",
        status: "active",
      },
    })
    await agreements.create({
      data: { title: "Utkast licensavtal", type: "license", companyCustomerNumber: "10001", status: "draft" },
    })
    await agreements.create({
      data: { title: "Serviceavtal", type: "service", companyCustomerNumber: "10003", status: "active" },
    })
  })

  it("reads the agreements of a customer number, filtered by status", async () => {
    const res = await http
      .get("/api/agreements")
      .query({ filters: { companyCustomerNumber: { $eq: "10001" }, status: { $ne: "draft" } } })
      .set(bearer())
    expect(res.status).toBe(200)
    expect(res.body.data.map((a: any) => a.title)).toEqual(["Supportavtal 2026"])
    expect(res.body.data[0]).toMatchObject({ type: "support", status: "active", validTo: "2026-12-31" })

    const all = await http
      .get("/api/agreements")
      .query({ filters: { companyCustomerNumber: { $eq: "10001" } }, sort: "title" })
      .set(bearer())
    expect(all.body.data.map((a: any) => [a.title, a.status])).toEqual([
      ["Supportavtal 2026", "active"],
      ["Utkast licensavtal", "draft"],
    ])

    const one = await http.get(`/api/agreements/${res.body.data[0].documentId}`).set(bearer())
    expect(one.status).toBe(200)
    expect(one.body.data.title).toBe("Supportavtal 2026")
  })

  it("cannot change an agreement (403)", async () => {
    const list = await http.get("/api/agreements").set(bearer())
    const id = list.body.data[0].documentId
    const res = await http
      .put(`/api/agreements/${id}`)
      .set(bearer())
      .send({ data: { status: "terminated" } })
    expect(res.status).toBe(403)
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
    const res = await http.get("/api/support-tickets").set(bearer())
    expect(res.status).toBe(200)
  })

  it("follows a changed STRAPI_API_TOKEN and restores tampered permissions", async () => {
    const oldKey = process.env.STRAPI_API_TOKEN as string
    const token = await strapi.db.query("admin::api-token").findOne({ where: { name: "medusa-backend" } })
    await strapi.db
      .query("admin::api-token-permission")
      .create({ data: { action: "api::support-ticket.support-ticket.delete", token: token.id } })

    process.env.STRAPI_API_TOKEN = `${oldKey}-rotated`
    await bootstrap()

    expect((await http.get("/api/support-tickets").set("Authorization", `Bearer ${oldKey}`)).status).toBe(401)
    expect((await http.get("/api/support-tickets").set(bearer())).status).toBe(200)
    const list = await http.get("/api/support-tickets").set(bearer())
    const del = await http.delete(`/api/support-tickets/${list.body.data[0].documentId}`).set(bearer())
    expect(del.status).toBe(403)
    expect(await countTokens()).toBe(1)
  })

  it("a second boot on the same database keeps one token and one admin", async () => {
    await stopStrapi(strapi)
    strapi = await bootStrapi()
    http = request(strapi.server.httpServer)
    expect(await countTokens()).toBe(1)
    expect(await countAdmins()).toBe(1)
    expect((await http.get("/api/support-tickets").set(bearer())).status).toBe(200)
  })
})
