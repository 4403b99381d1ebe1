import { emailTemplate } from "../lib/template"

/** The Monitor-ansvarig pressed "Registrera dig som admin för myMonitor" in Monitor ERP. */
export type RegistrationData = {
  /** The single-use registration page, with its token (`…/sv/registrera?token=…`). */
  link: string
  companyName: string
  /** The name the ERP gave for the user, if any. */
  erpUserName?: string | null
  ttlHours: number
}

/**
 * The same text whether or not the address already has an account: the page
 * tells which (register, or log in and accept).
 */
export const registration = emailTemplate<RegistrationData>()({
  secret: ["link"],
  wording: {
    sv: {
      subject: "Registrera dig som admin för myMonitor – {{companyName}}",
      paragraphs: [
        "{{#if erpUserName}}Hej {{erpUserName}}!{{else}}Hej!{{/if}}",
        "Du har begärt att bli administratör för {{companyName}} i myMonitor från Monitor ERP.\n" +
          "Öppna länken för att registrera ditt konto (eller logga in om du redan har ett) och bli administratör:",
        "{{link link}}",
        "Länken gäller i {{ttlHours}} timmar och kan bara användas en gång.\nHar du inte begärt detta kan du bortse från meddelandet.",
      ],
    },
    en: {
      subject: "Register as myMonitor administrator",
      paragraphs: [
        "{{#if erpUserName}}Hello {{erpUserName}},{{else}}Hello,{{/if}}",
        "You asked from Monitor ERP to become administrator of {{companyName}} in myMonitor.\n" +
          "Open the link to register your account (or log in if you already have one) and become administrator:",
        "{{link link}}",
        "The link is valid for {{ttlHours}} hours and can be used once.\nIf you did not ask for this, you can ignore this message.",
      ],
    },
  },
})
