import { SmsGateway as Gateway } from "../../../test-support/sms-gateway"
import { waitForMail } from "./mail"

// The SMS operator, played by the test (test-support's gateway): the backend POSTs {to, message} to
// SMS_GATEWAY_URL, which the test runner points at this port (E2E_SMS_GATEWAY_PORT, 9199). Against
// a stack without a gateway (npm start) the backend drops texts into the mail inbox instead, and
// the test reads them there.
export const SMS_GATEWAY_PORT = Number(process.env.E2E_SMS_GATEWAY_PORT || 9199)

export class SmsGateway extends Gateway {
  /** Plays the gateway on the runner's port; when it is taken, someone else does and the inbox is read. */
  async start(): Promise<string | undefined> {
    return super.start(SMS_GATEWAY_PORT)
  }

  /** The six-digit code of the newest SMS to a number (E.164) sent after `since`. */
  async code(to: string, since: number, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const code = this.codeTo(to, since)
      if (code) return code
      if (!this.listening || Date.now() > since + 5_000) {
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
