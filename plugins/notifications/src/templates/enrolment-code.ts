import { emailTemplate } from "../lib/template"

/** A password was right but the account has no second factor yet: this code lets it set one up. */
export type EnrolmentCodeData = {
  /** The one-time six-digit code. */
  code: string
  ttlMinutes: number
}

export const enrolmentCode = emailTemplate<EnrolmentCodeData>()({
  secret: ["code"],
  wording: {
    sv: {
      subject: "Din kod för att slutföra inloggningen i myMonitor",
      paragraphs: [
        "Hej!",
        "Ditt konto i myMonitor saknar ännu tvåstegsverifiering. Ange den här koden för att ställa in den: {{code code}}",
        "Koden gäller i {{ttlMinutes}} minuter. Har du inte försökt logga in? Byt lösenord och kontakta din administratör.",
      ],
    },
    en: {
      subject: "Your myMonitor sign-in code",
      paragraphs: [
        "Hello,",
        "Your myMonitor account has no two-factor authentication yet. Enter this code to set it up: {{code code}}",
        "The code is valid for {{ttlMinutes}} minutes. Did you not try to log in? Change your password and contact your administrator.",
      ],
    },
  },
})
