import { smsTemplate } from "../lib/template"

/** A login or set-up code for the SMS second factor. */
export type SmsCodeData = {
  /** The one-time six-digit code. */
  code: string
  ttlMinutes: number
}

export const smsCode = smsTemplate<SmsCodeData>()({
  secret: ["code"],
  wording: {
    sv: "Din myMonitor-kod: {{code code}}. Den gäller i {{ttlMinutes}} minuter.",
    en: "Your myMonitor code: {{code code}}. Valid for {{ttlMinutes}} minutes.",
  },
})
