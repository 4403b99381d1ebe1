import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { PortalError } from "@mymonitor/common/lib/portal-errors"
import { StrapiClient } from "../lib/strapi-client"

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void

/** A real HTTP server standing where Strapi would: each test decides its answers. */
let server: Server
let baseUrl: string
let handler: Handler
let calls: { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer }[]

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const body = Buffer.concat(chunks)
      calls.push({ method: req.method!, url: req.url!, headers: req.headers, body })
      handler(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  calls = []
})

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(body))
}
const strapiError = (status: number, code?: string, extra: Record<string, unknown> = {}) => ({
  data: null,
  error: { status, name: "ApplicationError", message: `failed ${code ?? status}`, details: { ...(code ? { code } : {}), ...extra } },
})
const client = (timeoutMs = 5_000) => new StrapiClient({ baseUrl, token: "tok-123", timeoutMs })

async function refusal(call: Promise<unknown>): Promise<PortalError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(PortalError)
  return error as PortalError
}

describe("the Strapi client", () => {
  it("sends the Bearer token and the companies, and returns the JSON", async () => {
    handler = (_req, res) => json(res, 200, { data: [], meta: { page: 1, pageSize: 20, total: 0 } })
    const { status, body } = await client().json({
      method: "GET",
      path: "/api/portal/tickets",
      query: { companies: ["comp_a", "comp_b"], q: "" },
    })
    expect(status).toBe(200)
    expect(body).toEqual({ data: [], meta: { page: 1, pageSize: 20, total: 0 } })
    expect(calls[0].headers.authorization).toBe("Bearer tok-123")
    expect(calls[0].url).toBe("/api/portal/tickets?companies=comp_a%2Ccomp_b")
  })

  it("retries a GET once after a 5xx, then answers 503 support_unavailable in Swedish and English", async () => {
    handler = (_req, res) => json(res, 502, strapiError(502))
    const error = await refusal(client().json({ method: "GET", path: "/api/portal/tickets/x" }))
    expect(calls).toHaveLength(2)
    expect(error.status).toBe(503)
    expect(error.code).toBe("support_unavailable")
    expect(error.localized.sv).toMatch(/kan inte nås just nu/)
    expect(error.localized.en).toMatch(/cannot be reached right now/)
  })

  it("succeeds when the retry does", async () => {
    let n = 0
    handler = (_req, res) => (n++ === 0 ? json(res, 503, strapiError(503)) : json(res, 200, { data: { medusaId: "comp_a", name: "A" } }))
    expect((await client().json({ method: "PUT", path: "/api/portal/companies/comp_a", json: { name: "A" } })).status).toBe(200)
    expect(calls).toHaveLength(2)
    expect(JSON.parse(calls[1].body.toString())).toEqual({ name: "A" })
  })

  it("never retries a POST (it may have been written)", async () => {
    handler = (_req, res) => json(res, 500, strapiError(500))
    expect((await refusal(client().json({ method: "POST", path: "/api/portal/tickets", json: {} }))).status).toBe(503)
    expect(calls).toHaveLength(1)
  })

  it("answers 503 when Strapi is slower than the timeout, after one retry", async () => {
    handler = (_req, res) => setTimeout(() => json(res, 200, { data: {} }), 500)
    const started = Date.now()
    expect((await refusal(client(150).json({ method: "GET", path: "/api/portal/overview" }))).code).toBe("support_unavailable")
    expect(calls).toHaveLength(2)
    expect(Date.now() - started).toBeLessThan(450)
  })

  it("answers 503 when nothing listens", async () => {
    const closed = new StrapiClient({ baseUrl: "http://127.0.0.1:9", token: "t", timeoutMs: 1_000 })
    expect((await refusal(closed.json({ method: "GET", path: "/api/portal/tickets" }))).status).toBe(503)
  })

  it("maps Strapi's 404 and details.code to the portal's errors", async () => {
    const cases: [number, string | undefined, number, string][] = [
      [404, undefined, 404, "not_found"],
      [404, "not_found", 404, "not_found"],
      [400, "unknown_company", 404, "not_found"],
      [409, "ticket_closed", 409, "ticket_closed"],
      [400, "file_too_large", 400, "file_too_large"],
      [400, "file_type", 400, "file_type"],
      [400, "invalid", 400, "invalid_data"],
      [401, undefined, 503, "support_unavailable"],
      [403, undefined, 503, "support_unavailable"],
    ]
    for (const [status, code, expectedStatus, expectedCode] of cases) {
      handler = (_req, res) => json(res, status, strapiError(status, code))
      const error = await refusal(client().json({ method: "POST", path: "/api/portal/tickets/x/messages", json: {} }))
      expect([status, code, error.status, error.code]).toEqual([status, code, expectedStatus, expectedCode])
    }
  })

  it("names the file Strapi refused, and reads its 413 as file_too_large", async () => {
    handler = (_req, res) => json(res, 400, strapiError(400, "file_type", { file: "program.exe" }))
    const typed = await refusal(client().json({ method: "POST", path: "/api/portal/tickets", json: {} }))
    expect([typed.status, typed.code, typed.localized.sv]).toEqual([400, "file_type", expect.stringMatching(/^Filen ”program.exe”/)])
    handler = (_req, res) => json(res, 413, { error: { status: 413, name: "PayloadTooLargeError", message: "request entity too large" } })
    expect((await refusal(client().json({ method: "POST", path: "/api/portal/tickets", json: {} }))).code).toBe("file_too_large")
  })

  it("keeps Strapi's field errors under their fields", async () => {
    handler = (_req, res) =>
      json(res, 400, strapiError(400, "invalid", { errors: [{ path: ["subject"], message: "subject must be at most 200 characters" }] }))
    const error = await refusal(client().json({ method: "POST", path: "/api/portal/tickets", json: {} }))
    expect(error.toJSON()).toEqual(
      expect.objectContaining({
        code: "invalid_data",
        fields: { subject: [expect.objectContaining({ en: "subject must be at most 200 characters" })] },
      })
    )
  })

  it("forwards files as multipart: data as JSON, the files under files with their names and canonical mimes", async () => {
    handler = (_req, res) => json(res, 201, { data: { id: "doc1" } })
    await client().json({
      method: "POST",
      path: "/api/portal/tickets",
      multipart: {
        data: { subject: "Hej" },
        files: [{ name: "logg åäö.log", mime: "application/octet-stream", size: 3, buffer: Buffer.from("abc") }],
      },
    })
    const { headers, body } = calls[0]
    expect(headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/)
    const text = body.toString("utf8")
    expect(text).toContain('name="data"')
    expect(text).toContain('{"subject":"Hej"}')
    expect(text).toMatch(/name="files"; filename="logg åäö\.log"\r\nContent-Type: text\/plain/)
  })

  it("streams a file with its headers", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/pdf", "content-disposition": 'attachment; filename="a.pdf"' })
      res.end("%PDF-1.7 body")
    }
    const file = await client().file("/api/portal/files/7", { companies: ["comp_a"] })
    expect(file.type).toBe("application/pdf")
    expect(Buffer.from(await new Response(file.body).arrayBuffer()).toString()).toBe("%PDF-1.7 body")
    expect(calls[0].url).toBe("/api/portal/files/7?companies=comp_a")
  })
})
