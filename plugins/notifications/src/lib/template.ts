/**
 * What a message template is. Each message lives in one file under src/templates/
 * and declares its channel, its data, which data fields are secret (never stored
 * by the notification module) and its wording in Swedish and English, as
 * Handlebars source. src/lib/render.ts turns that into subject, HTML and text.
 */

export const LOCALES = ["sv", "en"] as const
export type Locale = (typeof LOCALES)[number]

export type Channel = "email" | "sms"

/** One language of an e-mail: the subject and the body's paragraphs (Handlebars; "\n" inside a paragraph is a line break). */
export type EmailWording = { subject: string; paragraphs: string[] }

type TemplateBase<Data extends object, Secret extends keyof Data & string> = {
  /** Data fields that must never be stored or logged: links carrying a token, codes. */
  secret: readonly Secret[]
  /** Values the wording needs beyond the data, per language (labels, a cleaned-up name). */
  view?: (data: Data, locale: Locale) => Record<string, unknown>
}

export type EmailTemplate<Data extends object, Secret extends keyof Data & string> = TemplateBase<Data, Secret> & {
  channel: "email"
  wording: Record<Locale, EmailWording>
}

export type SmsTemplate<Data extends object, Secret extends keyof Data & string> = TemplateBase<Data, Secret> & {
  channel: "sms"
  /** One text per language; the SMS carries both, the recipient's language first. */
  wording: Record<Locale, string>
}

export type MessageTemplate<Data extends object = object, Secret extends keyof Data & string = keyof Data & string> =
  EmailTemplate<Data, Secret> | SmsTemplate<Data, Secret>

/** `emailTemplate<Data>()({ … })`: the data type is given, the secret field names are inferred from the list. */
export function emailTemplate<Data extends object>() {
  return <const Secret extends keyof Data & string>(
    definition: Omit<EmailTemplate<Data, Secret>, "channel">
  ): EmailTemplate<Data, Secret> => ({
    channel: "email",
    ...definition,
  })
}

export function smsTemplate<Data extends object>() {
  return <const Secret extends keyof Data & string>(definition: Omit<SmsTemplate<Data, Secret>, "channel">): SmsTemplate<Data, Secret> => ({
    channel: "sms",
    ...definition,
  })
}

export type EmailContent = { subject: string; html: string; text: string }
export type SmsContent = { text: string }
