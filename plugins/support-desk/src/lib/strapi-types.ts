/** The shapes of Strapi's portal content API (the support contract), as Medusa reads them. */

export const TICKET_STATUSES = ["new", "in_progress", "waiting_for_customer", "resolved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export const TICKET_CATEGORIES = [
  "finance",
  "sales",
  "purchasing",
  "production",
  "inventory",
  "installation",
  "integration",
  "other",
] as const
export const TICKET_PRIORITIES = ["low", "normal", "high", "critical"] as const
export const TICKET_SORTS = ["lastActivityAt:desc", "lastActivityAt:asc", "number:desc", "number:asc", "createdAt:desc"] as const
export const AGREEMENT_STATUSES = ["upcoming", "active", "expired", "terminated"] as const

export type TicketSummary = {
  id: string
  number: number
  subject: string
  status: TicketStatus
  priority: string
  category: string
  erpVersion: string | null
  companyId: string
  companyName: string
  createdByName: string
  createdAt: string
  lastActivityAt: string
  handlerName: string | null
}

export type Attachment = { id: number; name: string; mime: string; size: number }

export type TicketMessage = {
  id: string
  body: string
  authorType: "customer" | "staff"
  authorName: string
  createdAt: string
  attachments: Attachment[]
}

export type TicketEvent = {
  kind: "created" | "status" | "priority" | "reply"
  from: string | null
  to: string | null
  actorType: "customer" | "staff" | "system"
  actorName: string | null
  at: string
}

export type TicketDetail = TicketSummary & { description: string; messages: TicketMessage[]; history: TicketEvent[] }

export type Agreement = {
  id: string
  title: string
  type: string
  companyId: string
  companyName: string
  validFrom: string
  validTo: string | null
  status: string
  document: { id: number; name: string; size: number } | null
}

export type Page = { page: number; pageSize: number; total: number }

/** Who writes, as Strapi records it on a message or a status change. */
export type Author = { customerId: string; name: string; email: string }
