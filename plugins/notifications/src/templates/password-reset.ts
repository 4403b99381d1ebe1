import { emailTemplate } from "../lib/template"

/** "Glömt lösenord": sent only when the address has a portal account. */
export type PasswordResetData = {
  /** The reset page, with its token (`…/sv/aterstall-losenord?token=…`). */
  link: string
  ttlMinutes: number
}

export const passwordReset = emailTemplate<PasswordResetData>()({
  secret: ["link"],
  wording: {
    sv: {
      subject: "Återställ ditt lösenord i myMonitor",
      paragraphs: [
        "Hej!",
        "Öppna länken för att välja ett nytt lösenord: {{link link}}",
        "Länken gäller i {{ttlMinutes}} minuter och kan användas en gång. Du loggar sedan in med ditt nya lösenord och din " +
          "tvåstegsverifiering som vanligt. Bad du inte om detta kan du bortse från mejlet.",
      ],
    },
    en: {
      subject: "Reset your myMonitor password",
      paragraphs: [
        "Hello,",
        "Open the link to choose a new password: {{link link}}",
        "The link is valid for {{ttlMinutes}} minutes and works once. You then log in with the new password and your two-factor " +
          "authentication as usual. If you did not ask for this, ignore this e-mail.",
      ],
    },
  },
})
