/**
 * Private files and agreements: no upload is reachable on a public URL; the portal gets bytes only
 * through /api/portal/files/:id for the right companies; the admin gets signed, expiring URLs;
 * size and type rules; agreement documents PDF only. Real Strapi, real PostgreSQL, real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the Strapi instance and JSON bodies are untyped in tests */
import fs from "fs"
import path from "path"
import request from "supertest"
import { bootStrapi, createTestDatabase, dropTestDatabase, setTestEnv, stopStrapi } from "./helpers/strapi"
import { author, bearer, createTicket, PDF, postMultipart, putCompany } from "./helpers/portal"

let strapi: any
let dbName: string
let api: ReturnType<typeof request>
const A = "comp_01FILESA"
const B = "comp_01FILESB"
const MB = 1024 * 1024

let ticket: any
let attachment: { id: number; name: string }
let internalFileId: number

const uploadDirect = async (name: string, content: Buffer, mime: string) => {
  const tmp = path.join(process.env.PRIVATE_UPLOADS_DIR as string, `..${path.sep}${Date.now()}-${name}`)
  fs.writeFileSync(tmp, content)
  const [file] = await strapi
    .plugin("upload")
    .service("upload")
    .upload({ data: {}, files: { filepath: tmp, originalFilename: name, mimetype: mime, size: content.length } })
  return file
}

beforeAll(async () => {
  setTestEnv()
  dbName = await createTestDatabase()
  strapi = await bootStrapi()
  api = request(strapi.server.httpServer)
  await putCompany(api, A, "Verkstad Nord AB")
  await putCompany(api, B, "Precision Syd AB")
  const res = await createTicket(api, A, [{ name: "fel.pdf", content: PDF, type: "application/pdf" }])
  ticket = res.body.data
  attachment = ticket.messages[0].attachments[0]
  // An internal note with a file: never downloadable by the portal.
  const note = await strapi.documents("api::ticket-message.ticket-message").create({
    data: { body: "intern", internal: true, authorType: "staff", ticket: ticket.id },
  })
  const file = await uploadDirect("intern.pdf", PDF, "application/pdf")
  await strapi.db.query("plugin::upload.file").update({
    where: { id: file.id },
    data: { related: [{ id: note.id, __type: "api::ticket-message.ticket-message", __pivot: { field: "attachments" } }] },
  })
  internalFileId = file.id
  const linked = await strapi.db.query("plugin::upload.file").findOne({ where: { id: file.id }, populate: { related: true } })
  expect(linked.related.map((r: any) => [r.__type, r.id])).toEqual([["api::ticket-message.ticket-message", note.id]])
})

afterAll(async () => {
  await stopStrapi(strapi)
  if (dbName) await dropTestDatabase(dbName)
  fs.rmSync(process.env.PRIVATE_UPLOADS_DIR as string, { recursive: true, force: true })
})

describe("private storage", () => {
  it("stores files outside public/ and nothing is served under /uploads", async () => {
    const row = await strapi.db.query("plugin::upload.file").findOne({ where: { id: attachment.id } })
    expect(row.url.startsWith("/private-uploads/")).toBe(true)
    const stored = `${row.hash}${row.ext}`
    expect(fs.existsSync(path.join(process.env.PRIVATE_UPLOADS_DIR as string, stored))).toBe(true)
    expect(fs.existsSync(path.join(strapi.dirs.static.public, "uploads", stored))).toBe(false)
    expect((await api.get(`/uploads/${stored}`)).status).toBe(404)
    expect((await api.get(row.url)).status).toBe(404) // unsigned
    expect((await api.get(`${row.url}?exp=9999999999&sig=${"0".repeat(64)}`)).status).toBe(404)
  })

  it("signs URLs for the admin (isPrivate): the signed URL works, a tampered or expired one does not", async () => {
    const signed = await strapi.plugin("upload").service("upload").findOne(attachment.id)
    expect(signed.isUrlSigned).toBe(true)
    const ok = await api.get(signed.url)
    expect(ok.status).toBe(200)
    expect(ok.headers["cache-control"]).toContain("no-store")
    expect(Buffer.from(ok.body).subarray(0, 4).toString()).toBe("%PDF")
    const url = new URL(signed.url, "http://x")
    url.searchParams.set("exp", String(Number(url.searchParams.get("exp")) + 1))
    expect((await api.get(`${url.pathname}${url.search}`)).status).toBe(404)
    const { signedPath, urlSigningKey } = require("../dist/src/lib/private-upload")
    const key = urlSigningKey(process.env.APP_KEYS!.split(","))
    const old = signedPath(key, url.pathname.split("/").pop(), Date.now() - 60 * 60 * 1000)
    expect((await api.get(old)).status).toBe(404)
  })
})

describe("GET /api/portal/files/:fileId", () => {
  it("serves the bytes for the ticket's company (attachment, no-store)", async () => {
    const res = await api
      .get(`/api/portal/files/${attachment.id}`)
      .query({ companies: `${B},${A}` })
      .set(bearer())
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toContain("application/pdf")
    expect(res.headers["content-disposition"]).toContain("attachment")
    expect(res.headers["cache-control"]).toBe("no-store")
    expect(Buffer.compare(Buffer.from(res.body), PDF)).toBe(0)
  })

  it("answers 404 for another company, an internal note's file, an unknown id, and without the token", async () => {
    expect((await api.get(`/api/portal/files/${attachment.id}`).query({ companies: B }).set(bearer())).status).toBe(404)
    expect((await api.get(`/api/portal/files/${internalFileId}`).query({ companies: A }).set(bearer())).status).toBe(404)
    expect((await api.get(`/api/portal/files/999999`).query({ companies: A }).set(bearer())).status).toBe(404)
    expect((await api.get(`/api/portal/files/abc`).query({ companies: A }).set(bearer())).status).toBe(404)
    expect([401, 403]).toContain((await api.get(`/api/portal/files/${attachment.id}`).query({ companies: A })).status)
  })
})

describe("file rules", () => {
  const reply = () => ({ companies: [A], body: "Bifogar fil", author })

  it("refuses a file over 10 MB with file_too_large and writes nothing", async () => {
    const before = await strapi.db.query("api::ticket-message.ticket-message").count()
    const res = await postMultipart(api, `/api/portal/tickets/${ticket.id}/messages`, reply(), [
      { name: "stor.txt", content: Buffer.alloc(10 * MB + 1, 65), type: "text/plain" },
    ])
    expect(res.status).toBe(400)
    expect(res.body.error.details).toMatchObject({ code: "file_too_large", file: "stor.txt" })
    expect(await strapi.db.query("api::ticket-message.ticket-message").count()).toBe(before)
  })

  it("refuses forbidden types and renamed content with file_type", async () => {
    for (const f of [
      { name: "virus.exe", content: "MZ...", type: "application/x-msdownload" },
      { name: "sida.html", content: "<html></html>", type: "text/html" },
      { name: "bild.png", content: "not a png", type: "image/png" },
      { name: "doc.pdf", content: "MZ not a pdf", type: "application/pdf" },
    ]) {
      const res = await postMultipart(api, `/api/portal/tickets/${ticket.id}/messages`, reply(), [f])
      expect([f.name, res.status, res.body.error?.details?.code]).toEqual([f.name, 400, "file_type"])
    }
  })

  it("refuses more than 5 files", async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, content: "x", type: "text/plain" }))
    const res = await postMultipart(api, `/api/portal/tickets/${ticket.id}/messages`, reply(), files)
    expect(res.status).toBe(400)
    expect(res.body.error.details.code).toBe("invalid")
  })

  it("the upload plugin itself is limited to 10 MB and the allow-list", () => {
    const config = strapi.config.get("plugin::upload")
    expect(config.sizeLimit).toBe(10 * MB)
    expect(config.security.allowedTypes).toEqual(expect.arrayContaining(["application/pdf", "image/png", "text/csv"]))
    expect(config.security.allowedTypes).not.toContain("text/html")
  })
})

describe("agreements", () => {
  const AGREEMENT = "api::agreement.agreement"
  const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10)
  let pdfId: number

  beforeAll(async () => {
    const companies = await strapi.db.query("api::company.company").findMany()
    const docId = (medusaId: string) => companies.find((c: any) => c.medusaId === medusaId).documentId
    pdfId = (await uploadDirect("licens.pdf", PDF, "application/pdf")).id
    const docs = strapi.documents(AGREEMENT)
    await docs.create({
      data: { title: "Licensavtal", type: "license", company: docId(A), validFrom: day(-700), validTo: day(400), document: pdfId },
    })
    await docs.create({ data: { title: "Supportavtal", type: "support", company: docId(A), validFrom: day(-300), validTo: day(45) } })
    await docs.create({ data: { title: "Gammalt", type: "service", company: docId(A), validFrom: day(-800), validTo: day(-70) } })
    await docs.create({ data: { title: "Kommande", type: "cloud", company: docId(A), validFrom: day(10), validTo: null } })
    await docs.create({ data: { title: "Uppsagt", type: "cloud", company: docId(A), validFrom: day(-10), terminated: true } })
    await docs.create({ data: { title: "Syds avtal", type: "license", company: docId(B), validFrom: day(-1) } })
  })

  it("lists with derived status, filters by status, only for the companies", async () => {
    const res = await api.get("/api/portal/agreements").query({ companies: A }).set(bearer())
    expect(res.status).toBe(200)
    const byTitle = Object.fromEntries(res.body.data.map((a: any) => [a.title, a.status]))
    expect(byTitle).toEqual({
      Licensavtal: "active",
      Supportavtal: "active",
      Gammalt: "expired",
      Kommande: "upcoming",
      Uppsagt: "terminated",
    })
    const lic = res.body.data.find((a: any) => a.title === "Licensavtal")
    expect(lic).toMatchObject({
      companyId: A,
      companyName: "Verkstad Nord AB",
      type: "license",
      document: { id: pdfId, name: "licens.pdf" },
    })
    const active = await api.get("/api/portal/agreements").query({ companies: A, status: "active" }).set(bearer())
    expect(active.body.data.map((a: any) => a.title).sort()).toEqual(["Licensavtal", "Supportavtal"])
    expect(active.body.meta.total).toBe(2)
  })

  it("serves the agreement PDF to its company only", async () => {
    expect((await api.get(`/api/portal/files/${pdfId}`).query({ companies: A }).set(bearer())).status).toBe(200)
    expect((await api.get(`/api/portal/files/${pdfId}`).query({ companies: B }).set(bearer())).status).toBe(404)
  })

  it("overview: active agreements and those ending within 90 days", async () => {
    const res = await api.get("/api/portal/overview").query({ supportCompanies: A, agreementCompanies: A }).set(bearer())
    expect(res.body.data).toMatchObject({ activeAgreements: 2, agreementsEndingWithin90Days: 1 })
  })

  it("refuses a document that is not a PDF", async () => {
    const png = await uploadDirect("bild.png", Buffer.from("89504e470d0a1a0a", "hex"), "image/png")
    const company = await strapi.db.query("api::company.company").findOne({ where: { medusaId: A } })
    await expect(
      strapi
        .documents(AGREEMENT)
        .create({ data: { title: "Fel fil", type: "license", company: company.documentId, validFrom: day(0), document: png.id } })
    ).rejects.toThrow(/PDF/)
    expect(await strapi.db.query(AGREEMENT).count({ where: { title: "Fel fil" } })).toBe(0)
  })
})
