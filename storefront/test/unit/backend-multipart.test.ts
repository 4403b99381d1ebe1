jest.mock("next/headers", () => ({ headers: async () => new Headers() }))

import http from "node:http"
import type { AddressInfo } from "node:net"
import { callBackend } from "@/lib/data/backend"

// Support's forms go on to the backend as multipart (files included), through a real HTTP server here.

type Received = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }
let received: Received[] = []
let delayMs = 0
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on("data", (chunk: Buffer) => chunks.push(chunk))
  req.on("end", () => {
    received.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") })
    setTimeout(() => {
      res.writeHead(201, { "content-type": "application/json" })
      res.end(JSON.stringify({ ticket: { id: "doc_1", number: 10042 } }))
    }, delayMs)
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  received = []
  delayMs = 0
})

describe("callBackend with a form", () => {
  it("sends the fields and files as multipart with its boundary, never as JSON", async () => {
    const form = new FormData()
    form.append("subject", "Lagersaldo stämmer inte")
    form.append("files", new File(["artikel;saldo\nA-100;-4\n"], "lagerlogg.txt", { type: "text/plain" }))
    const result = await callBackend("/store/companies/comp_1/support/tickets", {
      method: "POST",
      form,
      headers: { authorization: "Bearer t" },
    })
    expect(result).toEqual({ ok: true, status: 201, data: { ticket: { id: "doc_1", number: 10042 } } })
    const [request] = received
    expect(request.method).toBe("POST")
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/)
    expect(request.headers.authorization).toBe("Bearer t")
    expect(request.body).toContain('name="subject"')
    expect(request.body).toContain("Lagersaldo stämmer inte")
    expect(request.body).toContain('filename="lagerlogg.txt"')
    expect(request.body).toContain("A-100;-4")
  })

  it("says when the backend did not answer in time (a ticket may then exist: the form says so)", async () => {
    jest.spyOn(console, "error").mockImplementation(() => {})
    delayMs = 1_000
    const result = await callBackend("/store/companies/comp_1/support/tickets", { method: "POST", form: new FormData(), timeoutMs: 100 })
    expect(result).toEqual({ ok: false, code: "backend_unavailable", timedOut: true })
  })
})
