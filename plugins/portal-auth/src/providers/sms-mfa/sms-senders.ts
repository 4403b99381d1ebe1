import { sendMail } from "@mymonitor/notifications/lib/mailer"

/** Where an SMS goes: an operator's HTTP gateway in production, the dev mail inbox otherwise. */
export interface SmsSender {
  send(to: string, message: string): Promise<void>
}

/** POSTs `{"to": "+46…", "message": "…"}` as JSON to the gateway; anything but 2xx is a failure. */
export class HttpSmsSender implements SmsSender {
  constructor(
    private readonly gatewayUrl: string,
    private readonly authorization?: string
  ) {}

  async send(to: string, message: string) {
    const response = await fetch(this.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.authorization ? { authorization: this.authorization } : {}) },
      body: JSON.stringify({ to, message }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`)
  }
}

/** Development: the text lands in the local mail catcher, addressed to the phone number. */
export class MailInboxSmsSender implements SmsSender {
  async send(to: string, message: string) {
    await sendMail({ to: `sms-${to.replace(/[^0-9]/g, "")}@sms.mymonitor.local`, subject: `SMS till ${to}`, text: message })
  }
}

export function smsSenderFromEnvironment(options: { gateway_url?: string; gateway_authorization?: string } = {}): SmsSender {
  const gatewayUrl = options.gateway_url ?? process.env.SMS_GATEWAY_URL
  return gatewayUrl
    ? new HttpSmsSender(gatewayUrl, options.gateway_authorization ?? process.env.SMS_GATEWAY_AUTHORIZATION)
    : new MailInboxSmsSender()
}
