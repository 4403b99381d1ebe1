/**
 * The portal API for tickets as the Medusa backend uses it: real Strapi, real PostgreSQL, real HTTP.
 * Tenancy (companies filter), internal notes, idempotent and transactional creation, unknown companies.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the Strapi instance and JSON bodies are untyped in tests */
import fs from "fs"
import request from "supertest"
import { bootStrapi, createTestDatabase, dropTestDatabase, setTestEnv, stopStrapi } from "./helpers/strapi"
import { author, bearer, createTicket, PDF, postMultipart, putCompany, ticketData } from "./helpers/portal"

let strapi: any
let dbName: string
let api: ReturnType<typeof request>
const A = "comp_01TESTA"
const B = "comp_01TESTB"

const count = (uid: string) => strapi.db.query(uid).count()
const TICKET = "api::support-ticket.support-ticket"
const MESSAGE = "api::ticket-message.ticket-message"
const FILE = "plugin::upload.file"

beforeAll(async () => {
  setTestEnv()
  dbName = await createTestDatabase()
  strapi = await bootStrapi()
  api = request(strapi.server.httpServer)
  expect((await putCompany(api, A, "Verkstad Nord AB")).status).toBe(200)
  expect((await putCompany(api, B, "Precision Syd AB")).status).toBe(200)
})

afterAll(async () => {
  await stopStrapi(strapi)
  if (dbName) await dropTestDatabase(dbName)
  fs.rmSync(process.env.PRIVATE_UPLOADS_DIR as string, { recursive: true, force: true })
})

describe("companies", () => {
  it("upserts by Medusa id and renames", async () => {
    const res = await putCompany(api, "comp_01RENAME", "Gammalt namn")
    expect(res.body).toEqual({ data: { medusaId: "comp_01RENAME", name: "Gammalt namn" } })
    await api.put("/api/portal/companies/comp_01RENAME").set(bearer()).send({ name: "Nytt namn" })
    const rows = await strapi.db.query("api::company.company").findMany({ where: { medusaId: "comp_01RENAME" } })
    expect(rows.map((r: any) => r.name)).toEqual(["Nytt namn"])
    expect((await api.put("/api/portal/companies/comp_x").set(bearer()).send({})).body.error.details.code).toBe("invalid")
  })
})

describe("creating a ticket", () => {
  it("creates ticket, first message, history and attachment in one go (201)", async () => {
    const res = await createTicket(api, A, [{ name: "logg.txt", content: "fel 42\n", type: "text/plain" }])
    expect(res.status).toBe(201)
    const t = res.body.data
    expect(t).toMatchObject({ subject: "Utskrift av följesedlar hänger sig", status: "new", priority: "high", category: "sales" })
    expect(t).toMatchObject({ companyId: A, companyName: "Verkstad Nord AB", createdByName: "Anna Andersson", handlerName: null })
    expect(t.number).toBeGreaterThanOrEqual(10001)
    expect(t.messages).toHaveLength(1)
    expect(t.messages[0]).toMatchObject({ body: t.description, authorType: "customer", authorName: "Anna Andersson" })
    expect(t.messages[0].attachments).toEqual([{ id: expect.any(Number), name: "logg.txt", mime: "text/plain", size: 7 }])
    expect(t.history.map((e: any) => [e.kind, e.actorType])).toEqual([["created", "customer"]])
  })

  it("gives consecutive numbers from the sequence", async () => {
    const one = (await createTicket(api, A)).body.data.number
    const two = (await createTicket(api, B)).body.data.number
    expect(two).toBe(one + 1)
  })

  it("is idempotent: the same key again answers 200 with the same ticket", async () => {
    const data = ticketData(A)
    const first = await postMultipart(api, "/api/portal/tickets", data)
    const again = await postMultipart(api, "/api/portal/tickets", data)
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body.data.id).toBe(first.body.data.id)
    expect(await strapi.db.query(TICKET).count({ where: { idempotencyKey: data.idempotencyKey } })).toBe(1)
  })

  it("is idempotent under concurrency: five at once make one ticket, none fails", async () => {
    const data = ticketData(A)
    const results = await Promise.all(Array.from({ length: 5 }, () => postMultipart(api, "/api/portal/tickets", data)))
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.body.data.id)).size).toBe(1)
    expect(await strapi.db.query(TICKET).count({ where: { idempotencyKey: data.idempotencyKey } })).toBe(1)
  })

  it("leaves nothing behind when a file fails during the transaction", async () => {
    const before = { tickets: await count(TICKET), messages: await count(MESSAGE), files: await count(FILE) }
    const blobs = fs.readdirSync(process.env.PRIVATE_UPLOADS_DIR as string).length
    const data = ticketData(A)
    // The PDF is stored first; the second name passes our rules but the upload plugin refuses it
    // (reserved characters) only when its turn comes, inside the transaction.
    const res = await postMultipart(api, "/api/portal/tickets", data, [
      { name: "avtal.pdf", content: PDF, type: "application/pdf" },
      { name: "rapport<1>.txt", content: "hej", type: "text/plain" },
    ])
    expect(res.status).toBe(400)
    expect(res.body.error.details).toMatchObject({ code: "invalid", file: "rapport<1>.txt" })
    expect({ tickets: await count(TICKET), messages: await count(MESSAGE), files: await count(FILE) }).toEqual(before)
    expect(fs.readdirSync(process.env.PRIVATE_UPLOADS_DIR as string).length).toBe(blobs)
    expect(await strapi.db.query(TICKET).count({ where: { idempotencyKey: data.idempotencyKey } })).toBe(0)
  })

  it("refuses an unknown company with 422 unknown_company and writes nothing", async () => {
    const before = await count(TICKET)
    const res = await createTicket(api, "comp_01NOPE")
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({ status: 422, details: { code: "unknown_company" } })
    expect(await count(TICKET)).toBe(before)
  })

  it("names every bad field with 400 invalid", async () => {
    const res = await postMultipart(api, "/api/portal/tickets", { companyId: A, category: "weird", priority: "urgent", author: {} })
    expect(res.status).toBe(400)
    expect(res.body.error.details.code).toBe("invalid")
    const paths = res.body.error.details.errors.map((e: any) => e.path.join("."))
    for (const f of ["subject", "description", "category", "priority", "idempotencyKey", "author.name", "author.email"]) {
      expect(paths).toContain(f)
    }
  })

  it("refuses a ticket without or with an unknown company through the document service too", async () => {
    const docs = strapi.documents(TICKET)
    const base = { subject: "Från skript", description: "x", category: "other", priority: "normal", ticketStatus: "new" }
    await expect(docs.create({ data: base })).rejects.toThrow()
    await expect(docs.create({ data: { ...base, company: "no-such-document-id" } })).rejects.toThrow()
    expect(await strapi.db.query(TICKET).count({ where: { subject: "Från skript" } })).toBe(0)
    const agreements = strapi.documents("api::agreement.agreement")
    await expect(agreements.create({ data: { title: "Avtal utan företag", type: "license", validFrom: "2026-01-01" } })).rejects.toThrow()
    expect(await strapi.db.query("api::agreement.agreement").count()).toBe(0)
  })
})

describe("reading tickets with the companies filter", () => {
  let ticketA: any
  beforeAll(async () => {
    ticketA = (await createTicket(api, A, [], { subject: "Inventering vid årsskiftet", priority: "normal" })).body.data
    // An internal note written by staff (directly, as the admin would).
    await strapi.documents(MESSAGE).create({
      data: { body: "INTERN: kunden har gammal version", internal: true, authorType: "staff", ticket: ticketA.id },
    })
  })

  it("lists only the given companies, with meta and no messages", async () => {
    const res = await api.get("/api/portal/tickets").query({ companies: B }).set(bearer())
    expect(res.status).toBe(200)
    expect(res.body.data.every((t: any) => t.companyId === B)).toBe(true)
    expect(res.body.meta).toMatchObject({ page: 1, pageSize: 25, total: res.body.data.length })
    expect(res.body.data[0].messages).toBeUndefined()
    const both = await api
      .get("/api/portal/tickets")
      .query({ companies: `${A},${B}`, pageSize: 2, page: 1 })
      .set(bearer())
    expect(both.body.data).toHaveLength(2)
    expect(both.body.meta.total).toBeGreaterThan(2)
  })

  it("filters by status and free text, sorts by number", async () => {
    const q = await api.get("/api/portal/tickets").query({ companies: A, q: "årsskiftet" }).set(bearer())
    expect(q.body.data.map((t: any) => t.id)).toEqual([ticketA.id])
    const byNumber = await api
      .get("/api/portal/tickets")
      .query({ companies: A, q: String(ticketA.number) })
      .set(bearer())
    expect(byNumber.body.data.map((t: any) => t.id)).toContain(ticketA.id)
    const asc = await api.get("/api/portal/tickets").query({ companies: A, sort: "number:asc" }).set(bearer())
    const numbers = asc.body.data.map((t: any) => t.number)
    expect(numbers).toEqual([...numbers].sort((x: number, y: number) => x - y))
    const closed = await api.get("/api/portal/tickets").query({ companies: A, status: "closed" }).set(bearer())
    expect(closed.body.data).toEqual([])
    const bad = await api.get("/api/portal/tickets").query({ companies: A, sort: "subject", status: "x", pageSize: 1000 }).set(bearer())
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(["pageSize", "sort", "status"])
  })

  it("answers 404 for a ticket outside the companies, and never shows internal notes", async () => {
    expect((await api.get(`/api/portal/tickets/${ticketA.id}`).query({ companies: B }).set(bearer())).status).toBe(404)
    expect((await api.get(`/api/portal/tickets/${ticketA.id}`).query({ companies: "" }).set(bearer())).status).toBe(404)
    const res = await api
      .get(`/api/portal/tickets/${ticketA.id}`)
      .query({ companies: `${B},${A}` })
      .set(bearer())
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).not.toContain("INTERN")
    expect(res.body.data.messages).toHaveLength(1)
  })

  it("replies: 201, a waiting ticket goes back to in_progress, closed refuses with 409", async () => {
    await strapi.db.query(TICKET).update({ where: { documentId: ticketA.id }, data: { ticketStatus: "waiting_for_customer" } })
    const reply = { companies: [A], body: "Här är mer information.", author }
    const outside = await postMultipart(api, `/api/portal/tickets/${ticketA.id}/messages`, { ...reply, companies: [B] })
    expect(outside.status).toBe(404)
    const res = await postMultipart(api, `/api/portal/tickets/${ticketA.id}/messages`, reply, [
      { name: "data.csv", content: "a;b\n1;2\n", type: "text/csv" },
    ])
    expect(res.status).toBe(201)
    expect(res.body.data).toMatchObject({ body: "Här är mer information.", authorType: "customer", attachments: [{ name: "data.csv" }] })
    const detail = (await api.get(`/api/portal/tickets/${ticketA.id}`).query({ companies: A }).set(bearer())).body.data
    expect(detail.status).toBe("in_progress")
    expect(detail.history.map((e: any) => e.kind)).toEqual(["created", "reply", "status"])

    const close = await api
      .post(`/api/portal/tickets/${ticketA.id}/status`)
      .set(bearer())
      .send({ companies: [A], action: "close", author })
    expect(close.status).toBe(200)
    expect(close.body.data.status).toBe("closed")
    const refused = await postMultipart(api, `/api/portal/tickets/${ticketA.id}/messages`, reply)
    expect(refused.status).toBe(409)
    expect(refused.body.error.details.code).toBe("ticket_closed")
    const reopen = await api
      .post(`/api/portal/tickets/${ticketA.id}/status`)
      .set(bearer())
      .send({ companies: [A], action: "reopen", author })
    expect(reopen.body.data.status).toBe("in_progress")
    const wrong = await api
      .post(`/api/portal/tickets/${ticketA.id}/status`)
      .set(bearer())
      .send({ companies: [B], action: "close", author })
    expect(wrong.status).toBe(404)
  })

  it("overview counts open tickets of the support companies only", async () => {
    const res = await api.get("/api/portal/overview").query({ supportCompanies: B, agreementCompanies: "" }).set(bearer())
    expect(res.status).toBe(200)
    const inB = await api.get("/api/portal/tickets").query({ companies: B, status: "open" }).set(bearer())
    expect(res.body.data).toEqual({ openTickets: inB.body.meta.total, activeAgreements: 0, agreementsEndingWithin90Days: 0 })
  })
})
