/**
 * Helpers for the portal API tests: the token, companies, ticket creation (multipart like Medusa
 * sends it), an admin login, and a real HTTP receiver standing in for Medusa's /hooks/strapi.
 */
import crypto from "crypto"
import http from "http"
import type request from "supertest"

export const bearer = () => ({ Authorization: `Bearer ${process.env.STRAPI_API_TOKEN}` })
export const author = { customerId: "cus_anna", name: "Anna Andersson", email: "anna@verkstadnord.se" }

export const putCompany = (api: ReturnType<typeof request>, medusaId: string, name: string) =>
  api.put(`/api/portal/companies/${medusaId}`).set(bearer()).send({ name, orgNumber: "556101-2344" })

export interface Upload {
  name: string
  content: Buffer | string
  type?: string
}

export const ticketData = (companyId: string, extra: Record<string, unknown> = {}) => ({
  companyId,
  subject: "Utskrift av följesedlar hänger sig",
  description: "När vi skriver ut fler än 20 följesedlar hänger sig klienten.",
  category: "sales",
  priority: "high",
  erpVersion: "25.7.2",
  idempotencyKey: crypto.randomUUID(),
  author,
  ...extra,
})

export const postMultipart = (api: ReturnType<typeof request>, path: string, data: unknown, files: Upload[] = []) => {
  let req = api.post(path).set(bearer()).field("data", JSON.stringify(data))
  for (const f of files) {
    req = req.attach("files", Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content), {
      filename: f.name,
      contentType: f.type ?? "application/octet-stream",
    })
  }
  return req
}

export const createTicket = (api: ReturnType<typeof request>, companyId: string, files: Upload[] = [], extra = {}) =>
  postMultipart(api, "/api/portal/tickets", ticketData(companyId, extra), files)

/** A minimal valid PDF. */
export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

export const adminLogin = async (api: ReturnType<typeof request>, email: string, password: string) => {
  const res = await api.post("/admin/login").send({ email, password })
  if (res.status !== 200) throw new Error(`admin login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return { Authorization: `Bearer ${res.body.data.token}` }
}

export interface Received {
  raw: string
  signature: string
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed JSON from the wire
}

/** A real HTTP server that records POST /hooks/strapi calls and answers `status`. */
export const startReceiver = async (port = 0, status = 204) => {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/hooks/strapi") {
        received.push({ raw, signature: String(req.headers["x-strapi-signature"] ?? ""), body: JSON.parse(raw) })
      }
      res.statusCode = status
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  const address = server.address() as { port: number }
  return {
    received,
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections() // undici keeps connections alive
      }),
  }
}

/** Verify like Medusa does: t within ±300 s, v1 = HMAC-SHA256(secret, t + "." + raw body). */
export const verifySignature = (secret: string, raw: string, header: string) => {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]))
  const t = Number(parts.t)
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false
  const expected = crypto.createHmac("sha256", secret).update(`${parts.t}.${raw}`).digest("hex")
  return parts.v1 === expected
}

export const waitFor = async <T>(fn: () => T | Promise<T>, timeoutMs = 15000, stepMs = 100): Promise<T> => {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await fn()
    if (value) return value
    if (Date.now() > end) throw new Error("waitFor: timed out")
    await new Promise((r) => setTimeout(r, stepMs))
  }
}
