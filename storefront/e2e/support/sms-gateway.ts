import http from "node:http"
import { waitForMail } from "./mail"

// The SMS operator, played by the test: the backend's HTTP provider POSTs {to, message} to
// SMS_GATEWAY_URL, which the test runner points at this port (E2E_SMS_GATEWAY_PORT, 9199). Against
// a stack without a gateway (npm start) the backend drops texts into the mail inbox instead, and
// the test reads them there.
export const SMS_GATEWAY_PORT = Number(process.env.E2E_SMS_GATEWAY_PORT || 9199)

export interface Sms {
  to: string
  message: string
  at: number
}

export class SmsGateway {
  readonly received: Sms[] = []
  private server?: http.Server

  async start(): Promise<void> {
    const server = http.createServer((request, response) => {
      let body = ""
      request.on("data", (chunk) => (body += chunk))
      request.on("end", () => {
        try {
          const { to, message } = JSON.parse(body) as { to: string; message: string }
          this.received.push({ to, message, at: Date.now() })
          response.writeHead(202, { "content-type": "application/json" }).end('{"status":"queued"}')
        } catch {
          response.writeHead(400).end()
        }
      })
    })
    await new Promise<void>((resolve) => {
      server.once("error", () => resolve()) // taken: someone else plays the gateway; use the inbox
      server.listen(SMS_GATEWAY_PORT, "127.0.0.1", () => {
        this.server = server
        resolve()
      })
    })
  }

  /** True when this test plays the gateway (the port was free). */
  get listening(): boolean {
    return !!this.server
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** The six-digit code of the newest SMS to a number (E.164) sent after `since`. */
  async code(to: string, since: number, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const sms = [...this.received].reverse().find((candidate) => candidate.to === to && candidate.at >= since)
      const code = sms?.message.match(/\b(\d{6})\b/)?.[1]
      if (code) return code
      if (!this.server || Date.now() > since + 5_000) {
        // No gateway here (or nothing arrived): the development provider's inbox copy.
        try {
          const [, inboxCode] = await waitForMail(`sms-${to.replace(/[^0-9]/g, "")}@sms.mymonitor.local`, /\b(\d{6})\b/, since, 2_000)
          return inboxCode
        } catch {
          // keep waiting
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    throw new Error(`no SMS to ${to}`)
  }
}
