import { emailTemplate, type Locale } from "../lib/template"

export const TICKET_STATUSES = ["new", "in_progress", "waiting_for_customer", "resolved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/** The status names the portal shows (the contract's table). */
export const TICKET_STATUS_LABELS: Readonly<Record<Locale, Record<TicketStatus, string>>> = {
  sv: { new: "Ny", in_progress: "Pågående", waiting_for_customer: "Väntar på kund", resolved: "Löst", closed: "Stängd" },
  en: { new: "New", in_progress: "In progress", waiting_for_customer: "Waiting for customer", resolved: "Resolved", closed: "Closed" },
}

/** Support staff (or the auto-close) changed a ticket's status: sent to its followers. */
export type SupportTicketStatusData = {
  ticketNumber: number
  subject: string
  companyName: string
  from: TicketStatus | null
  to: TicketStatus
  link: string
}

export const supportTicketStatus = emailTemplate<SupportTicketStatusData>()({
  secret: [],
  view: (data, locale) => ({
    fromLabel: data.from ? TICKET_STATUS_LABELS[locale][data.from] : null,
    toLabel: TICKET_STATUS_LABELS[locale][data.to],
  }),
  wording: {
    sv: {
      subject: "Ärende {{ticketNumber}} har status {{toLabel}}: {{subject}}",
      paragraphs: [
        "Hej!",
        "Ärende {{ticketNumber}} för {{companyName}} (”{{subject}}”) har ändrat status{{#if fromLabel}} från {{fromLabel}}{{/if}} till {{toLabel}}.",
        "Se ärendet i portalen:\n{{link link}}",
      ],
    },
    en: {
      subject: "Ticket {{ticketNumber}} is now {{toLabel}}: {{subject}}",
      paragraphs: [
        "Hello,",
        "Ticket {{ticketNumber}} for {{companyName}} (“{{subject}}”) has changed status{{#if fromLabel}} from {{fromLabel}}{{/if}} to {{toLabel}}.",
        "See the ticket in the portal:\n{{link link}}",
      ],
    },
  },
})
