/**
 * Staff work in the Strapi admin (through the admin's own Content Manager API, so the document
 * middleware runs as in the browser) reaches Medusa as signed pushes from the outbox; a push made
 * while Medusa is down arrives once it is back. The Support role cannot touch agreements.
 * Auto-close. Real Strapi, real PostgreSQL, a real HTTP server as Medusa.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the Strapi instance and JSON bodies are untyped in tests */
import fs from "fs"
import request from "supertest"
import { bootStrapi, createTestDatabase, dropTestDatabase, setTestEnv, stopStrapi } from "./helpers/strapi"
import { adminLogin, bearer, createTicket, PDF, putCompany, startReceiver, verifySignature, waitFor } from "./helpers/portal"

let strapi: any
let dbName: string
let api: ReturnType<typeof request>
let receiver: Awaited<ReturnType<typeof startReceiver>>
let support: Record<string, string>
let ticket: any
const A = "comp_01PUSHA"
const CM = "/content-manager/collection-types"
const OUTBOX = "api::outbox-event.outbox-event"

const detail = async (id: string) => (await api.get(`/api/portal/tickets/${id}`).query({ companies: A }).set(bearer())).body.data
const staffMessage = (body: string, internal = false) =>
  api
    .post(`${CM}/api::ticket-message.ticket-message`)
    .set(support)
    .send({ body, internal, ticket: { connect: [{ documentId: ticket.id }] } })
const receivedOfType = (type: string) => receiver.received.filter((r) => r.body.type === type)

beforeAll(async () => {
  setTestEnv()
  receiver = await startReceiver()
  process.env.MEDUSA_BACKEND_URL = receiver.url
  dbName = await createTestDatabase()
  strapi = await bootStrapi()
  api = request(strapi.server.httpServer)
  await putCompany(api, A, "Verkstad Nord AB")
  ticket = (await createTicket(api, A)).body.data
  support = await adminLogin(api, process.env.STRAPI_SUPPORT_EMAIL as string, process.env.STRAPI_SUPPORT_PASSWORD as string)
})

afterAll(async () => {
  await stopStrapi(strapi)
  await receiver?.close()
  if (dbName) await dropTestDatabase(dbName)
  fs.rmSync(process.env.PRIVATE_UPLOADS_DIR as string, { recursive: true, force: true })
})

describe("a staff reply written in the admin", () => {
  it("is marked staff, names the handler, and is pushed signed to Medusa after commit", async () => {
    const res = await staffMessage("Vi tittar på det. /Sara")
    expect(res.status).toBe(201)
    const message = res.body.data
    expect(message).toMatchObject({ authorType: "staff", authorName: "Sara Support", internal: false })

    const push = await waitFor(() => receivedOfType("ticket.staff_reply")[0])
    expect(verifySignature(process.env.STRAPI_WEBHOOK_SECRET as string, push.raw, push.signature)).toBe(true)
    expect(verifySignature("some-other-secret-of-32-characters!!", push.raw, push.signature)).toBe(false)
    expect(push.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: "ticket.staff_reply",
      occurredAt: expect.any(String),
      data: { ticketId: ticket.id, messageId: message.documentId, companyId: A },
    })
    await waitFor(async () => (await strapi.db.query(OUTBOX).findOne({ where: { eventId: push.body.id } }))?.deliveredAt)

    const seen = await detail(ticket.id)
    expect(seen.handlerName).toBe("Sara Support")
    expect(seen.messages.map((m: any) => [m.authorType, m.body])).toContainEqual(["staff", "Vi tittar på det. /Sara"])
    expect(seen.history.map((e: any) => [e.kind, e.actorType])).toContainEqual(["reply", "staff"])
  })

  it("an internal note is neither pushed nor shown to the portal", async () => {
    const before = receiver.received.length
    const rowsBefore = await strapi.db.query(OUTBOX).count()
    const res = await staffMessage("INTERN: ring kunden", true)
    expect(res.status).toBe(201)
    await new Promise((r) => setTimeout(r, 500))
    expect(receiver.received.length).toBe(before)
    expect(await strapi.db.query(OUTBOX).count()).toBe(rowsBefore)
    expect(JSON.stringify(await detail(ticket.id))).not.toContain("INTERN")
  })

  it("a note made public later is pushed then; attachments chosen from the media library reach the portal", async () => {
    const upload = await api
      .post("/upload")
      .set(support)
      .attach("files", PDF, { filename: "instruktion.pdf", contentType: "application/pdf" })
    expect(upload.status).toBe(201)
    const fileId = upload.body[0].id
    const note = await api
      .post(`${CM}/api::ticket-message.ticket-message`)
      .set(support)
      .send({ body: "Instruktion bifogad", internal: true, attachments: [fileId], ticket: { connect: [{ documentId: ticket.id }] } })
    expect(note.status).toBe(201)
    expect((await api.get(`/api/portal/files/${fileId}`).query({ companies: A }).set(bearer())).status).toBe(404)

    const before = receivedOfType("ticket.staff_reply").length
    const res = await api
      .put(`${CM}/api::ticket-message.ticket-message/${note.body.data.documentId}`)
      .set(support)
      .send({ internal: false })
    expect(res.status).toBe(200)
    const push = await waitFor(() => receivedOfType("ticket.staff_reply")[before])
    expect(push.body.data.messageId).toBe(note.body.data.documentId)
    const seen = await detail(ticket.id)
    const message = seen.messages.find((m: any) => m.id === note.body.data.documentId)
    expect(message).toMatchObject({ authorType: "staff", attachments: [{ id: fileId, name: "instruktion.pdf", mime: "application/pdf" }] })
    expect((await api.get(`/api/portal/files/${fileId}`).query({ companies: A }).set(bearer())).status).toBe(200)
  })

  it("a status change writes history and pushes ticket.status_changed; priority writes history only", async () => {
    const res = await api
      .put(`${CM}/api::support-ticket.support-ticket/${ticket.id}`)
      .set(support)
      .send({ ticketStatus: "waiting_for_customer", priority: "critical" })
    expect([res.status, res.body.error]).toEqual([200, undefined])
    const push = await waitFor(() => receivedOfType("ticket.status_changed")[0])
    expect(push.body.data).toEqual({ ticketId: ticket.id, companyId: A, from: "new", to: "waiting_for_customer", actorType: "staff" })
    const seen = await detail(ticket.id)
    expect(
      seen.history.filter((e: any) => e.kind !== "created" && e.kind !== "reply").map((e: any) => [e.kind, e.from, e.to, e.actorName])
    ).toEqual(
      [
        ["priority", "high", "critical", "Sara Support"],
        ["status", "new", "waiting_for_customer", "Sara Support"],
      ].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    )
  })
})

describe("Medusa down", () => {
  it("a push that fails is retried and arrives once the receiver is up again", async () => {
    const port = receiver.port
    await receiver.close()
    const res = await staffMessage("Svar medan Medusa är nere")
    expect(res.status).toBe(201)
    const row = await waitFor(async () => {
      const r = await strapi.db.query(OUTBOX).findOne({ where: { type: "ticket.staff_reply" }, orderBy: { id: "desc" } })
      return r && r.attempts >= 2 ? r : null
    })
    expect(row.deliveredAt).toBeNull()
    expect(row.lastError).toBeTruthy()

    receiver = await startReceiver(port)
    const push = await waitFor(() => receiver.received.find((r) => r.body.id === row.eventId), 20000)
    expect(verifySignature(process.env.STRAPI_WEBHOOK_SECRET as string, push.raw, push.signature)).toBe(true)
    expect(push.body.data.messageId).toBe(res.body.data.documentId)
    await waitFor(async () => (await strapi.db.query(OUTBOX).findOne({ where: { id: row.id } })).deliveredAt)
    await new Promise((r) => setTimeout(r, 1000))
    expect(receiver.received.filter((r) => r.body.id === row.eventId)).toHaveLength(1)
  })
})

describe("outbox rows survive a restart", () => {
  it("a push pending when Strapi stops is delivered by the next Strapi", async () => {
    const port = receiver.port
    await receiver.close()
    const res = await staffMessage("Svar strax före omstart")
    expect(res.status).toBe(201)
    const row = await waitFor(async () => {
      const r = await strapi.db.query(OUTBOX).findOne({ where: { type: "ticket.staff_reply" }, orderBy: { id: "desc" } })
      return r && r.attempts >= 1 ? r : null
    })
    expect(row.deliveredAt).toBeNull()
    await stopStrapi(strapi)

    receiver = await startReceiver(port)
    strapi = await bootStrapi()
    api = request(strapi.server.httpServer)
    const push = await waitFor(() => receiver.received.find((r) => r.body.id === row.eventId), 20000)
    expect(push.body.data.messageId).toBe(res.body.data.documentId)
    await waitFor(async () => (await strapi.db.query(OUTBOX).findOne({ where: { id: row.id } })).deliveredAt)
  })
})

describe("the Support role", () => {
  it("works tickets and messages but cannot read or write agreements", async () => {
    expect((await api.get(`${CM}/api::support-ticket.support-ticket`).set(support)).status).toBe(200)
    expect((await api.get(`${CM}/api::ticket-message.ticket-message`).set(support)).status).toBe(200)
    expect((await api.get(`${CM}/api::agreement.agreement`).set(support)).status).toBe(403)
    const company = await strapi.db.query("api::company.company").findOne({ where: { medusaId: A } })
    const create = await api
      .post(`${CM}/api::agreement.agreement`)
      .set(support)
      .send({ title: "Otillåtet", type: "license", validFrom: "2026-01-01", company: { connect: [{ documentId: company.documentId }] } })
    expect(create.status).toBe(403)
    expect(await strapi.db.query("api::agreement.agreement").count()).toBe(0)
    expect((await api.get("/admin/api-tokens").set(support)).status).toBe(403)
  })

  it("creates a ticket in the admin only with a known company; it gets the next number", async () => {
    const base = { subject: "Telefonärende", description: "Kunden ringde", category: "finance", priority: "normal" }
    const without = await api.post(`${CM}/api::support-ticket.support-ticket`).set(support).send(base)
    expect(without.status).toBe(400)
    const company = await strapi.db.query("api::company.company").findOne({ where: { medusaId: A } })
    const res = await api
      .post(`${CM}/api::support-ticket.support-ticket`)
      .set(support)
      .send({ ...base, company: { connect: [{ documentId: company.documentId }] } })
    expect(res.status).toBe(201)
    const seen = await detail(res.body.data.documentId)
    expect(seen).toMatchObject({ companyId: A, status: "new", handlerName: "Sara Support", number: expect.any(Number) })
    expect(seen.number).toBeGreaterThan(ticket.number)
    expect(await strapi.db.query("api::support-ticket.support-ticket").count({ where: { subject: "Telefonärende" } })).toBe(1)
  })

  it("the Editor uploads a PDF in the admin (stored privately) and creates an agreement with it", async () => {
    const editor = await adminLogin(api, process.env.STRAPI_ADMIN_EMAIL as string, process.env.STRAPI_ADMIN_PASSWORD as string)
    const company = (
      await api
        .get(`${CM}/api::company.company`)
        .query({ filters: { medusaId: { $eq: A } } })
        .set(editor)
    ).body.results[0]
    const upload = await api
      .post("/upload")
      .set(editor)
      .attach("files", PDF, { filename: "supportavtal.pdf", contentType: "application/pdf" })
    expect(upload.status).toBe(201)
    const file = upload.body[0]
    expect(file.url).toMatch(/^\/private-uploads\/.+\?exp=\d+&sig=[0-9a-f]{64}$/)
    expect((await api.get(file.url)).status).toBe(200)
    expect((await api.get(`/uploads/${file.hash}${file.ext}`)).status).toBe(404)
    const res = await api
      .post(`${CM}/api::agreement.agreement`)
      .set(editor)
      .send({
        title: "Supportavtal Guld",
        type: "support",
        validFrom: "2026-01-01",
        validTo: null,
        terminated: false,
        company: { connect: [{ documentId: company.documentId }] },
        document: file.id,
      })
    expect(res.status).toBe(201)
    const list = await api.get("/api/portal/agreements").query({ companies: A }).set(bearer())
    expect(list.body.data).toMatchObject([{ title: "Supportavtal Guld", document: { id: file.id, name: "supportavtal.pdf" } }])
    expect((await api.get(`/api/portal/files/${file.id}`).query({ companies: A }).set(bearer())).status).toBe(200)
  })
})

describe("auto-close", () => {
  const { runAutoClose } = require("../dist/src/lib/auto-close")
  const daysAgo = (n: number) => new Date(Date.now() - n * 86400000)

  it("sends one close notice after 12 idle days and closes after 14", async () => {
    const t = (await createTicket(api, A)).body.data
    const TICKET = "api::support-ticket.support-ticket"
    await strapi.db.query(TICKET).update({ where: { documentId: t.id }, data: { ticketStatus: "resolved", lastActivityAt: daysAgo(13) } })
    await runAutoClose(strapi)
    await runAutoClose(strapi)
    const notices = () => receiver.received.filter((r) => r.body.type === "ticket.close_notice" && r.body.data.ticketId === t.id)
    await waitFor(() => notices().length > 0)
    await new Promise((r) => setTimeout(r, 500))
    const notice = notices()
    expect(notice).toHaveLength(1)
    expect(notice[0].body.data).toMatchObject({ companyId: A, closesAt: expect.any(String) })

    await strapi.db.query(TICKET).update({ where: { documentId: t.id }, data: { lastActivityAt: daysAgo(15) } })
    expect(await runAutoClose(strapi)).toMatchObject({ closed: 1 })
    const closed = await waitFor(() =>
      receiver.received.find((r) => r.body.type === "ticket.status_changed" && r.body.data.ticketId === t.id)
    )
    expect(closed.body.data).toEqual({ ticketId: t.id, companyId: A, from: "resolved", to: "closed", actorType: "system" })
    const seen = await detail(t.id)
    expect(seen.status).toBe("closed")
    expect(seen.history.at(-1)).toMatchObject({ kind: "status", actorType: "system", to: "closed" })
  })
})

describe("admin display", () => {
  it("labels the fields in Swedish, shows companies by name and hides the portal's bookkeeping", async () => {
    const cm = strapi.plugin("content-manager").service("content-types")
    const ticketConf = await cm.findConfiguration(strapi.contentType("api::support-ticket.support-ticket"))
    expect(ticketConf.metadatas.ticketStatus.edit.label).toBe("Status")
    expect(ticketConf.metadatas.subject.edit.label).toBe("Ämne")
    // A ticket's company is shown by its name on the ticket and in the list, not by Medusa's id.
    expect(ticketConf.metadatas.company.edit).toMatchObject({ label: "Företag", mainField: "name" })
    expect(ticketConf.metadatas.company.list.mainField).toBe("name")
    expect(ticketConf.layouts.list).toEqual(["number", "subject", "company", "ticketStatus", "priority", "handlerName", "lastActivityAt"])
    expect(ticketConf.metadatas.idempotencyKey.edit).toMatchObject({ visible: false, editable: false })
    expect(ticketConf.metadatas.companyKey.edit).toMatchObject({ visible: false, editable: false })
    expect(ticketConf.metadatas.number.edit.editable).toBe(false)
    const agreementConf = await cm.findConfiguration(strapi.contentType("api::agreement.agreement"))
    expect(agreementConf.metadatas.company.edit.mainField).toBe("name")
    expect(agreementConf.metadatas.companyKey.edit.visible).toBe(false)
    const messageConf = await cm.findConfiguration(strapi.contentType("api::ticket-message.ticket-message"))
    expect(messageConf.metadatas.internal.edit.label).toBe("Intern anteckning")
    expect(messageConf.metadatas.ticket.edit.mainField).toBe("subject")
    const companyConf = await cm.findConfiguration(strapi.contentType("api::company.company"))
    expect(companyConf.settings.mainField).toBe("name")
  })
})
