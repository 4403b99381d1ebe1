import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A fake SMS operator: a real HTTP server that records what the backend POSTs
 * to SMS_GATEWAY_URL (`{"to", "message"}`) — the edge of the world we cannot reach.
 */
export class SmsGateway {
  readonly messages: { to: string; message: string }[] = []
  private server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      try {
        const parsed = JSON.parse(body)
        if (req.headers["content-type"] !== "application/json" || typeof parsed.to !== "string" || typeof parsed.message !== "string") {
          res.writeHead(400).end()
          return
        }
        this.messages.push(parsed)
        res.writeHead(202, { "content-type": "application/json" }).end('{"status":"queued"}')
      } catch {
        res.writeHead(400).end()
      }
    })
  })

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sms`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** The six-digit code of the newest SMS to a number. */
  latestCodeTo(phone: string): string {
    const sms = [...this.messages].reverse().find((message) => message.to === phone)
    const code = sms?.message.match(/\b(\d{6})\b/)?.[1]
    if (!code) throw new Error(`No SMS code to ${phone}`)
    return code
  }
}
