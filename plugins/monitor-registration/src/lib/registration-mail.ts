import { bilingual, sendMail } from "@mymonitor/notifications/lib/mailer"
import { portalUrl } from "@mymonitor/common/lib/portal-links"

/** The storefront's registration page: `/[locale]/registrera?token=` (the link opens the Swedish one). */
export function registrationLink(token: string, locale: "sv" | "en" = "sv"): string {
  return portalUrl(`/${locale}/registrera?token=${encodeURIComponent(token)}`)
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/**
 * The e-mail a Monitor-ansvarig gets after pressing "Registrera dig som admin för
 * myMonitor" in the ERP: Swedish first, then English, with the single-use link.
 * The same text whether or not the address already has an account (the page
 * tells which: register, or log in and accept).
 */
export function composeRegistrationMail(input: { to: string; token: string; companyName: string; erpUserName?: string; ttlHours: number }) {
  const link = registrationLink(input.token)
  const greetingSv = input.erpUserName ? `Hej ${input.erpUserName}!` : "Hej!"
  const greetingEn = input.erpUserName ? `Hello ${input.erpUserName},` : "Hello,"
  const sv = [
    greetingSv,
    "",
    `Du har begärt att bli administratör för ${input.companyName} i myMonitor från Monitor ERP.`,
    "Öppna länken för att registrera ditt konto (eller logga in om du redan har ett) och bli administratör:",
    "",
    link,
    "",
    `Länken gäller i ${input.ttlHours} timmar och kan bara användas en gång.`,
    "Har du inte begärt detta kan du bortse från meddelandet.",
  ].join("\n")
  const en = [
    greetingEn,
    "",
    `You asked from Monitor ERP to become administrator of ${input.companyName} in myMonitor.`,
    "Open the link to register your account (or log in if you already have one) and become administrator:",
    "",
    link,
    "",
    `The link is valid for ${input.ttlHours} hours and can be used once.`,
    "If you did not ask for this, you can ignore this message.",
  ].join("\n")
  const paragraphs = (text: string) =>
    text
      .split("\n\n")
      .map(
        (block) =>
          `<p>${escapeHtml(block)
            .replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`)
            .replace(/\n/g, "<br>")}</p>`
      )
      .join("")
  return {
    to: input.to,
    subject: `Registrera dig som admin för myMonitor – ${input.companyName} / Register as myMonitor administrator`,
    text: bilingual(sv, en),
    html: `<div lang="sv">${paragraphs(sv)}</div><hr><div lang="en">${paragraphs(en)}</div>`,
  }
}

export async function sendRegistrationMail(input: Parameters<typeof composeRegistrationMail>[0]) {
  await sendMail(composeRegistrationMail(input))
}
