import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { messageFor } from "../../lib/handoff"
import { sendMail, type MailTransportOptions } from "../../lib/smtp"

export type SmsProviderOptions = {
  /** The operator's HTTP gateway; falls back to SMS_GATEWAY_URL, read when each SMS is sent. */
  gatewayUrl?: string
  /** Sent as the Authorization header; falls back to SMS_GATEWAY_AUTHORIZATION. */
  gatewayAuthorization?: string
  timeoutMs?: number
  channels?: string[]
} & MailTransportOptions

/** Where the dev mail inbox files the SMS to a number. */
export const smsInboxAddress = (phone: string) => `sms-${phone.replace(/[^0-9]/g, "")}@sms.mymonitor.local`

/**
 * Channel "sms": POSTs `{"to": "+46…", "message": "…"}` as JSON to the SMS
 * gateway; anything but 2xx is a failure. Without a gateway (development) the
 * text lands in the local mail catcher, addressed to `sms-<digits>@sms.mymonitor.local`.
 */
export default class SmsNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "mymonitor-sms"

  protected readonly options_: SmsProviderOptions

  constructor(_container: unknown, options: SmsProviderOptions = {}) {
    super()
    this.options_ = options ?? {}
  }

  static validateOptions(options: Record<string, unknown>): void {
    const url = options?.gatewayUrl
    if (url !== undefined && (typeof url !== "string" || !/^https?:\/\//.test(url))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMS notification provider's gatewayUrl must be an http(s) URL")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { content } = messageFor(notification, "sms")
    // Read per message: tests and a switched operator configure the gateway after boot.
    const gatewayUrl = this.options_.gatewayUrl || process.env.SMS_GATEWAY_URL
    if (!gatewayUrl) {
      const { messageId } = await sendMail(
        { to: smsInboxAddress(notification.to), subject: `SMS till ${notification.to}`, text: content.text },
        this.options_
      )
      return { id: messageId }
    }
    const authorization = this.options_.gatewayAuthorization || process.env.SMS_GATEWAY_AUTHORIZATION
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ to: notification.to, message: content.text }),
      signal: AbortSignal.timeout(this.options_.timeoutMs ?? 10_000),
    })
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`)
    return { id: await gatewayMessageId(response) }
  }
}

/** The gateway's id for the message, when its answer names one. */
async function gatewayMessageId(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { id?: unknown } | null
    return typeof body?.id === "string" ? body.id : undefined
  } catch {
    return undefined
  }
}
