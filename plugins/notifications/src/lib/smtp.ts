import nodemailer, { type Transporter } from "nodemailer"

/**
 * The SMTP transport behind this plugin's providers (the e-mail provider, and the SMS
 * provider's development inbox). Not for other plugins: they send with `sendMessage`.
 * Mail goes through SMTP_URL (the dev orchestrator's mail catcher, a test's
 * in-process SMTP server, or the production relay). One transport per URL.
 */
export type MailAttachment = { filename: string; content: Buffer; contentType?: string }
export type OutgoingMail = { to: string; subject: string; text: string; html?: string; from?: string; attachments?: MailAttachment[] }

/** Where mail goes; unset values are read from the environment at the time of sending. */
export type MailTransportOptions = { smtpUrl?: string; from?: string }

export const DEFAULT_SMTP_URL = "smtp://localhost:1025"
export const DEFAULT_MAIL_FROM = "myMonitor <no-reply@mymonitor.local>"

const transports = new Map<string, Transporter>()

function transportFor(url: string): Transporter {
  let transport = transports.get(url)
  if (!transport) {
    transport = nodemailer.createTransport(url)
    transports.set(url, transport)
  }
  return transport
}

export function mailFrom(options: MailTransportOptions = {}): string {
  return options.from || process.env.MAIL_FROM || DEFAULT_MAIL_FROM
}

// Read per message, not at boot: tests start their SMTP server after the app has booted.
export function smtpUrl(options: MailTransportOptions = {}): string {
  return options.smtpUrl || process.env.SMTP_URL || DEFAULT_SMTP_URL
}

export async function sendMail(mail: OutgoingMail, options: MailTransportOptions = {}): Promise<{ messageId?: string }> {
  const info = await transportFor(smtpUrl(options)).sendMail({ ...mail, from: mail.from || mailFrom(options) })
  return { messageId: typeof info?.messageId === "string" ? info.messageId : undefined }
}
