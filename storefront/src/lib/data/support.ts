import { bearer, callBackend, type BackendResult } from "./backend"
import { isObject, list, num, optStr, str, type Raw } from "./read-json"

// Support (plugins/support-desk's store routes): tickets of every company where the caller has
// "support", a ticket's thread, and what the portal does with it. The backend answers Strapi's
// words (camelCase) plus `company_name`; 503 `support_unavailable` when Strapi cannot be reached.

export interface TicketSummary {
  id: string
  number: number
  subject: string
  status: string
  priority: string
  category: string
  erpVersion: string | null
  company: { id: string; name: string }
  createdByName: string
  createdAt: string
  lastActivityAt: string
  handlerName: string | null
}

export interface Attachment {
  id: string
  name: string
  mime: string
  size: number
}

export interface TicketMessage {
  id: string
  body: string
  authorType: "customer" | "staff"
  authorName: string
  createdAt: string
  attachments: Attachment[]
}

export interface TicketEvent {
  kind: string
  from: string | null
  to: string | null
  actorType: string
  actorName: string | null
  at: string
}

export interface TicketDetail extends TicketSummary {
  description: string
  messages: TicketMessage[]
  history: TicketEvent[]
  following: boolean
  followers: { customerId: string; name: string }[]
}

export interface TicketPage {
  tickets: TicketSummary[]
  count: number
  limit: number
  offset: number
  /** The companies the list may be filtered by (every one where the caller has "support"). */
  companies: { id: string; name: string }[]
}

export function readTicketSummary(value: Raw): TicketSummary {
  return {
    id: str(value.id),
    number: num(value.number),
    subject: str(value.subject),
    status: str(value.status),
    priority: str(value.priority),
    category: str(value.category),
    erpVersion: optStr(value.erpVersion ?? value.erp_version),
    company: {
      id: str(value.companyId ?? value.company_id),
      name: str(value.company_name ?? value.companyName),
    },
    createdByName: str(value.createdByName ?? value.created_by_name),
    createdAt: str(value.createdAt ?? value.created_at),
    lastActivityAt: str(value.lastActivityAt ?? value.last_activity_at ?? value.createdAt),
    handlerName: optStr(value.handlerName ?? value.handler_name),
  }
}

function readMessage(value: Raw): TicketMessage {
  return {
    id: str(value.id),
    body: str(value.body),
    authorType: str(value.authorType ?? value.author_type) === "staff" ? "staff" : "customer",
    authorName: str(value.authorName ?? value.author_name),
    createdAt: str(value.createdAt ?? value.created_at),
    attachments: list(value.attachments).map((file) => ({
      id: str(file.id),
      name: str(file.name),
      mime: str(file.mime),
      size: num(file.size),
    })),
  }
}

export function readTicketDetail(value: Raw): TicketDetail {
  return {
    ...readTicketSummary(value),
    description: str(value.description),
    messages: list(value.messages).map(readMessage),
    history: list(value.history).map((event) => ({
      kind: str(event.kind),
      from: optStr(event.from),
      to: optStr(event.to),
      actorType: str(event.actorType ?? event.actor_type),
      actorName: optStr(event.actorName ?? event.actor_name),
      at: str(event.at),
    })),
    following: value.following === true,
    followers: list(value.followers).map((follower) => ({
      customerId: str(follower.customer_id ?? follower.customerId),
      name: str(follower.name),
    })),
  }
}

export async function listTickets(token: string, query: Record<string, string | number | undefined>): Promise<BackendResult<TicketPage>> {
  const result = await callBackend<Raw>("/store/support/tickets", { headers: bearer(token), query })
  if (!result.ok) return result
  const tickets = list(result.data.tickets).map(readTicketSummary)
  return {
    ok: true,
    status: result.status,
    data: {
      tickets,
      count: num(result.data.count, tickets.length),
      limit: num(result.data.limit, tickets.length || 1),
      offset: num(result.data.offset),
      companies: list(result.data.companies).map((company) => ({ id: str(company.id), name: str(company.name) })),
    },
  }
}

const ticketPath = (companyId: string, ticketId: string) =>
  `/store/companies/${encodeURIComponent(companyId)}/support/tickets/${encodeURIComponent(ticketId)}`

export async function retrieveTicket(token: string, companyId: string, ticketId: string): Promise<BackendResult<TicketDetail>> {
  const result = await callBackend<Raw>(ticketPath(companyId, ticketId), { headers: bearer(token) })
  if (!result.ok) return result
  return { ok: true, status: result.status, data: readTicketDetail(isObject(result.data.ticket) ? result.data.ticket : {}) }
}

// Uploads of up to 5 × 10 MB: more time than a plain call, less than a person's patience.
const UPLOAD_TIMEOUT_MS = 60_000

/** "Nytt ärende": the form (fields and files) as multipart; 201 new, 200 the same idempotency key again. */
export async function createTicket(token: string, companyId: string, form: FormData): Promise<BackendResult<TicketSummary>> {
  const result = await callBackend<Raw>(`/store/companies/${encodeURIComponent(companyId)}/support/tickets`, {
    method: "POST",
    headers: bearer(token),
    form,
    timeoutMs: UPLOAD_TIMEOUT_MS,
  })
  if (!result.ok) return result
  return { ok: true, status: result.status, data: readTicketSummary(isObject(result.data.ticket) ? result.data.ticket : {}) }
}

/** "Svara": the reply's text and files as multipart. */
export async function replyToTicket(token: string, companyId: string, ticketId: string, form: FormData): Promise<BackendResult<unknown>> {
  return callBackend<Raw>(`${ticketPath(companyId, ticketId)}/messages`, {
    method: "POST",
    headers: bearer(token),
    form,
    timeoutMs: UPLOAD_TIMEOUT_MS,
  })
}

/** "Stäng ärendet" / "Öppna igen". */
export function changeTicketStatus(token: string, companyId: string, ticketId: string, action: "close" | "reopen") {
  return callBackend<Raw>(`${ticketPath(companyId, ticketId)}/${action}`, { method: "POST", headers: bearer(token) })
}

/** "Följ ärendet" / "Sluta följa". */
export function setFollowing(token: string, companyId: string, ticketId: string, follow: boolean) {
  return callBackend<Raw>(`${ticketPath(companyId, ticketId)}/follow`, { method: follow ? "POST" : "DELETE", headers: bearer(token) })
}

export interface SupportOverview {
  openTickets: number
  activeAgreements: number
  agreementsEndingWithin90Days: number
}

/** Översikt's counts, each only over the companies where the caller has its area. */
export async function retrieveSupportOverview(token: string): Promise<BackendResult<SupportOverview>> {
  const result = await callBackend<Raw>("/store/support/overview", { headers: bearer(token) })
  if (!result.ok) return result
  return {
    ok: true,
    status: result.status,
    data: {
      openTickets: num(result.data.open_tickets),
      activeAgreements: num(result.data.active_agreements),
      agreementsEndingWithin90Days: num(result.data.agreements_ending_within_90_days),
    },
  }
}
