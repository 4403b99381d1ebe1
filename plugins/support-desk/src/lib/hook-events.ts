import type { MedusaContainer } from "@medusajs/framework/types"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { PortalError } from "@mymonitor/common/lib/portal-errors"
import type { StrapiHookEvent } from "../api/hooks/strapi/validators"
import type { TicketStatus } from "./strapi-types"
import { TICKET_STATUSES } from "./strapi-types"
import { strapiOf, supportDeskOf } from "./support-desk"
import { mailTicket } from "./ticket-mails"
import { ticketOfCompany } from "./tickets"

const asStatus = (value: string | null | undefined): TicketStatus | null =>
  (TICKET_STATUSES as readonly string[]).includes(value ?? "") ? (value as TicketStatus) : null

/**
 * Mails the followers about one Strapi event. The ticket is read again from Strapi (the push
 * only names it), so a mail always shows what the portal shows; a ticket or message that is
 * not there (any more) mails nothing. Returns how many mails went out.
 */
export async function handleHookEvent(container: MedusaContainer, event: StrapiHookEvent): Promise<number> {
  const { ticketId, companyId } = event.data
  let ticket
  try {
    ticket = await ticketOfCompany(strapiOf(container), ticketId, companyId)
  } catch (error) {
    if (error instanceof PortalError && error.status === 404) return 0
    throw error
  }
  const company = await companySummaryOf(container, companyId)
  const followers = await supportDeskOf(container).followersOf(ticket.id, companyId)
  const common = { ticket, companyName: company?.name ?? ticket.companyName, customerIds: followers, trigger: `strapi.${event.type}` }
  switch (event.type) {
    case "ticket.staff_reply": {
      const message = ticket.messages.find((candidate) => String(candidate.id) === event.data.messageId && candidate.authorType === "staff")
      if (!message) return 0
      return mailTicket(container, {
        ...common,
        template: "support-ticket-reply",
        extra: { authorName: message.authorName, body: message.body },
      })
    }
    case "ticket.status_changed": {
      const to = asStatus(event.data.to)
      if (!to) return 0
      return mailTicket(container, { ...common, template: "support-ticket-status", extra: { from: asStatus(event.data.from), to } })
    }
    case "ticket.close_notice":
      return mailTicket(container, { ...common, template: "support-ticket-close-notice", extra: { closesAt: event.data.closesAt } })
  }
}
