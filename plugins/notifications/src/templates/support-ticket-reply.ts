import { emailTemplate } from "../lib/template"

/** Support staff replied on a ticket: sent to its followers (the creator included), with a link to the thread. */
export type SupportTicketReplyData = {
  ticketNumber: number
  subject: string
  companyName: string
  /** Who answered, as support staff sign their replies. */
  authorName: string
  /** The reply's text; the thread in the portal has the whole conversation and the attachments. */
  body: string
  link: string
}

export const supportTicketReply = emailTemplate<SupportTicketReplyData>()({
  secret: [],
  wording: {
    sv: {
      subject: "Nytt svar i ärende {{ticketNumber}}: {{subject}}",
      paragraphs: [
        "Hej!",
        "{{authorName}} från supporten har svarat i ärende {{ticketNumber}} för {{companyName}}:",
        "{{body}}",
        "Läs hela tråden och svara i portalen:\n{{link link}}",
      ],
    },
    en: {
      subject: "New reply on ticket {{ticketNumber}}: {{subject}}",
      paragraphs: [
        "Hello,",
        "{{authorName}} from support has replied on ticket {{ticketNumber}} for {{companyName}}:",
        "{{body}}",
        "Read the whole thread and reply in the portal:\n{{link link}}",
      ],
    },
  },
})
