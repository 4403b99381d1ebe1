import { emailTemplate, type Locale } from "../lib/template"

/**
 * A ticket waiting for the customer (or resolved) has been untouched for a while and closes itself
 * soon: sent to its followers once, so they can answer or reopen in time.
 */
export type SupportTicketCloseNoticeData = {
  ticketNumber: number
  subject: string
  companyName: string
  /** ISO date-time when the ticket closes. */
  closesAt: string
  link: string
}

function dateOf(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(date)
}

export const supportTicketCloseNotice = emailTemplate<SupportTicketCloseNoticeData>()({
  secret: [],
  view: (data, locale) => ({ closesOn: dateOf(data.closesAt, locale) }),
  wording: {
    sv: {
      subject: "Ärende {{ticketNumber}} stängs snart: {{subject}}",
      paragraphs: [
        "Hej!",
        "Ärende {{ticketNumber}} för {{companyName}} (”{{subject}}”) har inte uppdaterats på ett tag och stängs automatiskt {{closesOn}}.",
        "Svara i ärendet om du behöver mer hjälp:\n{{link link}}",
      ],
    },
    en: {
      subject: "Ticket {{ticketNumber}} closes soon: {{subject}}",
      paragraphs: [
        "Hello,",
        "Ticket {{ticketNumber}} for {{companyName}} (“{{subject}}”) has not been updated for a while and closes automatically on {{closesOn}}.",
        "Reply on the ticket if you need more help:\n{{link link}}",
      ],
    },
  },
})
