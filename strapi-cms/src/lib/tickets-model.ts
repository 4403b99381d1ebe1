/** The ticket vocabulary of the contract and the shapes the portal API returns. */
export const TICKET_UID = "api::support-ticket.support-ticket"
export const MESSAGE_UID = "api::ticket-message.ticket-message"
export const EVENT_UID = "api::ticket-event.ticket-event"
export const COMPANY_UID = "api::company.company"
export const AGREEMENT_UID = "api::agreement.agreement"
export const FILE_UID = "plugin::upload.file"

export const STATUSES = ["new", "in_progress", "waiting_for_customer", "resolved", "closed"] as const
export const CATEGORIES = ["finance", "sales", "purchasing", "production", "inventory", "installation", "integration", "other"] as const
export const PRIORITIES = ["low", "normal", "high", "critical"] as const
export const AGREEMENT_TYPES = ["license", "support", "cloud", "service"] as const
export const AGREEMENT_STATUSES = ["upcoming", "active", "expired", "terminated"] as const

export type TicketStatus = (typeof STATUSES)[number]

export interface Author {
  customerId: string
  name: string
  email: string
}

export interface Attachment {
  id: number
  name: string
  mime: string
  size: number
}

export interface MessageDto {
  id: string
  body: string
  authorType: "customer" | "staff"
  authorName: string | null
  createdAt: string
  attachments: Attachment[]
}

export interface EventDto {
  kind: string
  from: string | null
  to: string | null
  actorType: string
  actorName: string | null
  at: string
}

export interface TicketSummary {
  id: string
  number: number
  subject: string
  status: string
  priority: string
  category: string
  erpVersion: string | null
  companyId: string
  companyName: string
  createdByName: string | null
  createdAt: string
  lastActivityAt: string
  handlerName: string | null
}

export interface TicketDetail extends TicketSummary {
  description: string
  messages: MessageDto[]
  history: EventDto[]
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString())

/** Size in bytes: the upload plugin stores kB (2 decimals); our provider keeps the exact bytes. */
export const fileBytes = (f: { size: number | string; provider_metadata?: { sizeInBytes?: number } | null }) =>
  f.provider_metadata?.sizeInBytes ?? Math.round(Number(f.size) * 1000)

/* eslint-disable @typescript-eslint/no-explicit-any -- rows come from knex / the query engine untyped */
export const toAttachment = (f: any): Attachment => ({ id: f.id, name: f.name, mime: f.mime, size: fileBytes(f) })

export const toMessage = (m: any): MessageDto => ({
  id: m.documentId,
  body: m.body,
  authorType: m.authorType,
  authorName: m.authorName ?? null,
  createdAt: iso(m.createdAt),
  attachments: (m.attachments ?? []).map(toAttachment),
})

export const toEvent = (e: any): EventDto => ({
  kind: e.kind,
  from: e.from ?? null,
  to: e.to ?? null,
  actorType: e.actorType,
  actorName: e.actorName ?? null,
  at: iso(e.at),
})

/** From a raw SQL row (snake_case columns, company name joined). */
export const summaryFromRow = (r: any): TicketSummary => ({
  id: r.document_id,
  number: r.number,
  subject: r.subject,
  status: r.ticket_status,
  priority: r.priority,
  category: r.category,
  erpVersion: r.erp_version ?? null,
  companyId: r.company_key,
  companyName: r.company_name,
  createdByName: r.created_by_name ?? null,
  createdAt: iso(r.created_at),
  lastActivityAt: iso(r.last_activity_at ?? r.created_at),
  handlerName: r.handler_name ?? null,
})

/** From a query-engine entity with company, messages (attachments) and history populated. */
export const detailFromEntity = (t: any): TicketDetail => ({
  id: t.documentId,
  number: t.number,
  subject: t.subject,
  status: t.ticketStatus,
  priority: t.priority,
  category: t.category,
  erpVersion: t.erpVersion ?? null,
  companyId: t.companyKey,
  companyName: t.company?.name ?? "",
  createdByName: t.createdByName ?? null,
  createdAt: iso(t.createdAt),
  lastActivityAt: iso(t.lastActivityAt ?? t.createdAt),
  handlerName: t.handlerName ?? null,
  description: t.description,
  // Internal notes are filtered in the query too; this is the second lock.
  messages: (t.messages ?? []).filter((m: any) => m.internal !== true).map(toMessage),
  history: (t.history ?? []).map(toEvent),
})
/* eslint-enable @typescript-eslint/no-explicit-any */
