import { emailTemplate } from "../lib/template"

/** A customer created a support ticket in the portal: the confirmation to its creator, with a link to the ticket. */
export type SupportTicketCreatedData = {
  ticketNumber: number
  subject: string
  companyName: string
  /** {PORTAL_URL}/{locale}/support/{companyId}/{ticketId} (no token: the portal asks for a login). */
  link: string
}

export const supportTicketCreated = emailTemplate<SupportTicketCreatedData>()({
  secret: [],
  wording: {
    sv: {
      subject: "Ärende {{ticketNumber}} har tagits emot: {{subject}}",
      paragraphs: [
        "Hej!",
        "Vi har tagit emot ditt supportärende {{ticketNumber}} för {{companyName}}: ”{{subject}}”. Vi återkommer så snart vi kan.",
        "Följ ärendet och svara i portalen:\n{{link link}}",
      ],
    },
    en: {
      subject: "Ticket {{ticketNumber}} has been received: {{subject}}",
      paragraphs: [
        "Hello,",
        "We have received your support ticket {{ticketNumber}} for {{companyName}}: “{{subject}}”. We will get back to you as soon as we can.",
        "Follow the ticket and reply in the portal:\n{{link link}}",
      ],
    },
  },
})
