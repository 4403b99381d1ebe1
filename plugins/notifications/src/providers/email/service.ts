import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { messageFor } from "../../lib/handoff"
import { sendMail, type MailTransportOptions } from "../../lib/smtp"

/** `smtpUrl` and `from` fall back to SMTP_URL and MAIL_FROM, read when each mail is sent. */
export type EmailProviderOptions = MailTransportOptions & { channels?: string[] }

/**
 * Channel "email": sends through SMTP with nodemailer — the dev mail catcher
 * (maildev), a test's SMTP server or the production relay. The message is the
 * one `sendMessage` rendered and handed off, or the notification's `content`.
 */
export default class EmailNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "mymonitor-email"

  protected readonly options_: EmailProviderOptions

  constructor(_container: unknown, options: EmailProviderOptions = {}) {
    super()
    this.options_ = options ?? {}
  }

  static validateOptions(options: Record<string, unknown>): void {
    const url = options?.smtpUrl
    if (url !== undefined && (typeof url !== "string" || !/^smtps?:\/\//.test(url))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The e-mail notification provider's smtpUrl must be an smtp:// or smtps:// URL")
    }
    if (options?.from !== undefined && typeof options.from !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The e-mail notification provider's from must be a string")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { content, attachments } = messageFor(notification, "email")
    const { messageId } = await sendMail(
      {
        to: notification.to,
        from: notification.from?.trim() || undefined,
        subject: content.subject,
        text: content.text,
        ...(content.html ? { html: content.html } : {}),
        ...(attachments?.length
          ? { attachments: attachments.map((file) => ({ filename: file.filename, content: file.content, contentType: file.content_type })) }
          : {}),
      },
      this.options_
    )
    return { id: messageId }
  }
}
