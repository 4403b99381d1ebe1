import nodemailer, { type Transporter } from "nodemailer"

/**
 * Outgoing mail goes through SMTP_URL (the dev orchestrator's mail catcher, a
 * test's in-process SMTP server, or the production relay). One transport per URL.
 */
export type OutgoingMail = { to: string; subject: string; text: string; html?: string }

const transports = new Map<string, Transporter>()

function transportFor(url: string): Transporter {
  let transport = transports.get(url)
  if (!transport) {
    transport = nodemailer.createTransport(url)
    transports.set(url, transport)
  }
  return transport
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "myMonitor <no-reply@mymonitor.local>"
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const url = process.env.SMTP_URL || "smtp://localhost:1025"
  await transportFor(url).sendMail({ from: mailFrom(), ...mail })
}

/** A two-language message: Swedish first, English after a rule. */
export function bilingual(sv: string, en: string): string {
  return `${sv}\n\n———\n\n${en}\n`
}
