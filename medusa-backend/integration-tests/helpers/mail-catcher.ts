import type { AddressInfo } from "node:net"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"

/**
 * A real SMTP server inside the test process: the backend sends through
 * SMTP_URL as in production, and the test reads what arrived.
 */
export class MailCatcher {
  readonly messages: ParsedMail[] = []
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    const { port } = this.server.server.address() as AddressInfo
    return `smtp://127.0.0.1:${port}`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** The newest message to an address, waiting briefly for it to arrive. */
  async latestTo(address: string, timeoutMs = 5000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = [...this.messages].reverse().find((mail) => (mail.to as any)?.text?.toLowerCase().includes(address.toLowerCase()))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`No e-mail to ${address} arrived`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
