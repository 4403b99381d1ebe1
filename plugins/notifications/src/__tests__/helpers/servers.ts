import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"

/** A real SMTP server in the test process, as the backend's integration tests use. */
export class SmtpCatcher {
  readonly messages: ParsedMail[] = []
  private server: SMTPServer

  constructor(options: { rejectRecipient?: (address: string) => boolean } = {}) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onRcptTo: (address, _session, callback) => {
        if (options.rejectRecipient?.(address.address)) {
          const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 })
          callback(error)
          return
        }
        callback()
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail)
            callback()
          })
          .catch(callback)
      },
    })
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  async latestTo(address: string, timeoutMs = 5000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = [...this.messages].reverse().find((mail) => addressesOf(mail).includes(address.toLowerCase()))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`No e-mail to ${address} arrived`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}

function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
  return to.flatMap((list) => list.value.map((entry) => (entry.address ?? "").toLowerCase()))
}

export type GatewayRequest = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }

/** A real HTTP server playing the SMS operator; it answers with `status` (202 unless changed). */
export class SmsGatewayServer {
  readonly requests: GatewayRequest[] = []
  status = 202
  answer = '{"id":"sms-1","status":"queued"}'
  private server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      this.requests.push({ method: req.method, url: req.url, headers: req.headers, body })
      res.writeHead(this.status, { "content-type": "application/json" }).end(this.answer)
    })
  })

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sms`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}
