// The SMS operator: a real HTTP server that records what the backend POSTs to SMS_GATEWAY_URL
// (`application/json`, `{"to", "message"}`) — the edge of the world we cannot reach, and the only
// fake the tests have. Types: sms-gateway.d.ts.
const { createServer } = require("node:http")

class SmsGateway {
  constructor() {
    this.received = []
    this.server = undefined
  }

  async start(port = 0) {
    const server = createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        try {
          const parsed = JSON.parse(body)
          const json = String(req.headers["content-type"]).startsWith("application/json")
          if (!json || typeof parsed.to !== "string" || typeof parsed.message !== "string") {
            res.writeHead(400).end()
            return
          }
          this.received.push({ to: parsed.to, message: parsed.message, at: Date.now() })
          res.writeHead(202, { "content-type": "application/json" }).end('{"status":"queued"}')
        } catch {
          res.writeHead(400).end()
        }
      })
    })
    const listening = await new Promise((resolve) => {
      server.once("error", () => resolve(false))
      server.listen(port, "127.0.0.1", () => resolve(true))
    })
    if (!listening) return undefined
    this.server = server
    return `http://127.0.0.1:${server.address().port}/sms`
  }

  get listening() {
    return !!this.server
  }

  stop() {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  codeTo(phone, since = 0) {
    const sms = [...this.received].reverse().find((candidate) => candidate.to === phone && candidate.at >= since)
    return sms?.message.match(/\b(\d{6})\b/)?.[1]
  }

  latestCodeTo(phone, since = 0) {
    const code = this.codeTo(phone, since)
    if (!code) throw new Error(`No SMS code to ${phone}`)
    return code
  }
}

module.exports = { SmsGateway }
