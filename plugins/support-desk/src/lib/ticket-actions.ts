import type { MedusaContainer } from "@medusajs/framework/types"
import { companySummaryOf } from "@mymonitor/company-tenancy/lib/company-summaries"
import { notFound } from "@mymonitor/common/lib/portal-errors"
import { authorOf, authorsOf } from "./authors"
import { putCompany } from "./company-sync"
import type { UploadedFile } from "./multipart"
import type { TicketDetail, TicketMessage } from "./strapi-types"
import { strapiOf, supportDeskOf } from "./support-desk"
import { mailTicket } from "./ticket-mails"
import { ticketOfCompany } from "./tickets"

export type NewTicket = {
  subject: string
  description: string
  category: string
  priority: string
  erp_version: string | null
  idempotency_key: string
}

/**
 * "Nytt ärende": the company is put to Strapi first (an idempotent upsert, so a company the sync
 * has not reached yet never fails a ticket), then the ticket, its first message and its files in
 * one Strapi transaction. The creator follows it and gets the confirmation; a repeat with the
 * same idempotency key answers the first ticket (created: false) and mails nothing.
 */
export async function createTicket(
  container: MedusaContainer,
  input: { companyId: string; customerId: string; ticket: NewTicket; files: readonly UploadedFile[] }
): Promise<{ ticket: TicketDetail; created: boolean }> {
  const strapi = strapiOf(container)
  const company = await companySummaryOf(container, input.companyId)
  if (!company) throw notFound({ sv: "Företaget hittades inte.", en: "Company not found." })
  await putCompany(strapi, company)
  const author = await authorOf(container, input.customerId)
  const { ticket } = input
  const { status, body } = await strapi.json<{ data: TicketDetail }>({
    method: "POST",
    path: "/api/portal/tickets",
    multipart: {
      data: {
        companyId: input.companyId,
        subject: ticket.subject,
        description: ticket.description,
        category: ticket.category,
        priority: ticket.priority,
        erpVersion: ticket.erp_version,
        idempotencyKey: ticket.idempotency_key,
        author,
      },
      files: input.files,
    },
  })
  const created = status === 201
  await supportDeskOf(container).follow(body.data.id, input.companyId, input.customerId)
  if (created) {
    await mailTicket(container, {
      template: "support-ticket-created",
      ticket: body.data,
      companyName: company.name,
      customerIds: [input.customerId],
      extra: {},
      trigger: "support.ticket_created",
    })
  }
  return { ticket: body.data, created }
}

/** "Svara": the customer's reply with its files; a closed ticket answers 409 ticket_closed. */
export async function replyToTicket(
  container: MedusaContainer,
  input: { companyId: string; customerId: string; ticketId: string; body: string; files: readonly UploadedFile[] }
): Promise<TicketMessage> {
  const author = await authorOf(container, input.customerId)
  const { body } = await strapiOf(container).json<{ data: TicketMessage }>({
    method: "POST",
    path: `/api/portal/tickets/${encodeURIComponent(input.ticketId)}/messages`,
    multipart: { data: { companies: [input.companyId], body: input.body, author }, files: input.files },
  })
  return body.data
}

/** "Stäng ärendet" / "Öppna igen". */
export async function setTicketStatus(
  container: MedusaContainer,
  input: { companyId: string; customerId: string; ticketId: string; action: "close" | "reopen" }
): Promise<TicketDetail> {
  const author = await authorOf(container, input.customerId)
  const { body } = await strapiOf(container).json<{ data: TicketDetail }>({
    method: "POST",
    path: `/api/portal/tickets/${encodeURIComponent(input.ticketId)}/status`,
    json: { companies: [input.companyId], action: input.action, author },
  })
  if (body.data.companyId !== input.companyId) throw notFound()
  return body.data
}

/** A ticket as its page shows it: the thread, whether the caller follows it, and who does. */
export async function ticketPage(container: MedusaContainer, input: { companyId: string; customerId: string; ticketId: string }) {
  const ticket = await ticketOfCompany(strapiOf(container), input.ticketId, input.companyId)
  const followerIds = await supportDeskOf(container).followersOf(ticket.id, input.companyId)
  const names = await authorsOf(container, followerIds)
  return {
    ...ticket,
    following: followerIds.includes(input.customerId),
    followers: followerIds.map((id) => ({ customer_id: id, name: names.get(id)?.name ?? "" })),
  }
}
