import type { MedusaContainer } from "@medusajs/framework/types"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { sendMessage } from "@mymonitor/notifications/lib/send-message"
import type { TemplateData } from "@mymonitor/notifications/templates/index"
import { membershipSource } from "@mymonitor/portal-permissions/lib/membership-source"
import { roleGrantsArea } from "@mymonitor/portal-permissions/lib/role-areas"
import { authorsOf } from "./authors"
import type { TicketDetail } from "./strapi-types"

type Resolver = MedusaContainer

export type TicketMailTemplate = "support-ticket-created" | "support-ticket-reply" | "support-ticket-status" | "support-ticket-close-notice"

/** The portal's page of a ticket: {PORTAL_URL}/{locale}/support/{companyId}/{ticketId}. */
export const ticketLink = (companyId: string, ticketId: string, locale = "sv") =>
  portalUrl(`/${locale}/support/${encodeURIComponent(companyId)}/${encodeURIComponent(ticketId)}`)

/**
 * Who of these customers may still read the company's tickets: a follower who has left the
 * company, or whose role no longer has "support", gets no more mails about it.
 */
async function stillInSupport(container: Resolver, companyId: string, customerIds: readonly string[]): Promise<string[]> {
  const allowed: string[] = []
  for (const customerId of new Set(customerIds)) {
    const memberships = await membershipSource().activeMemberships(container, customerId, [companyId])
    if (memberships.some((membership) => roleGrantsArea(membership.role, "support"))) allowed.push(customerId)
  }
  return allowed
}

/** One ticket mail to each of the customers (the ticket's followers, or its creator), in Swedish then English. */
export async function mailTicket<N extends TicketMailTemplate>(
  container: Resolver,
  input: {
    template: N
    ticket: TicketDetail
    companyName: string
    customerIds: readonly string[]
    /** The template's fields beyond the ticket's own (the reply, the statuses, the closing date). */
    extra: Omit<TemplateData<N>, "ticketNumber" | "subject" | "companyName" | "link">
    trigger: string
  }
): Promise<number> {
  const { ticket } = input
  const recipients = await authorsOf(container, await stillInSupport(container, ticket.companyId, input.customerIds))
  let sent = 0
  for (const author of recipients.values()) {
    if (!author.email) continue
    const data = {
      ticketNumber: ticket.number,
      subject: ticket.subject,
      companyName: input.companyName,
      link: ticketLink(ticket.companyId, ticket.id),
      ...input.extra,
    } as TemplateData<N>
    const result = await sendMessage(container, {
      template: input.template,
      to: author.email,
      data,
      trigger_type: input.trigger,
      resource_type: "support_ticket",
      resource_id: ticket.id,
      receiver_id: author.customerId,
    } as Parameters<typeof sendMessage<N>>[1])
    if (result.ok) sent++
  }
  return sent
}
