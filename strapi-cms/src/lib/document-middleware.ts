/**
 * Document-service middleware (strapi.documents.use) for tickets, messages and agreements. It runs
 * for every writer (portal API, admin Content Manager, scripts) and works inside ONE transaction
 * with the write itself:
 * - tickets and agreements must point at an existing company (else 400, nothing written); their
 *   denormalised `companyKey` (Medusa id, used by the indexed lists) follows the relation;
 * - a new ticket gets its number from the PostgreSQL sequence;
 * - agreement documents must be PDFs;
 * - from the admin (the request's auth strategy is "admin"): a message is marked staff-written and
 *   named after the admin user, a public one writes a ticket-event and an outbox row
 *   (ticket.staff_reply); a ticket's status/priority change writes a ticket-event, and a status
 *   change an outbox row (ticket.status_changed). The push happens after commit (see outbox.ts).
 */
import type { Core } from "@strapi/strapi"
import { errors } from "@strapi/utils"
import { enqueue } from "./outbox"
import { nextTicketNumber } from "./ticket-number"
import { AGREEMENT_DOCUMENT_MIME } from "./attachment-rules"
import { AGREEMENT_UID, EVENT_UID, MESSAGE_UID, TICKET_UID } from "./tickets-model"

/* eslint-disable @typescript-eslint/no-explicit-any -- document-service params and rows are untyped here */
interface AdminUser {
  firstname?: string | null
  lastname?: string | null
  username?: string | null
  email: string
}

/** The admin user behind the current request, when it comes from the admin panel. */
export const currentAdmin = (strapi: Core.Strapi): AdminUser | null => {
  const ctx: any = strapi.requestContext.get()
  if (ctx?.state?.auth?.strategy?.name !== "admin" || !ctx.state.user) return null
  return ctx.state.user as AdminUser
}

const adminName = (u: AdminUser) => [u.firstname, u.lastname].filter(Boolean).join(" ") || u.username || u.email

const resultIds = (result: any): number[] => {
  const docs = Array.isArray(result?.entries) ? result.entries : [result]
  return docs.filter((d: any) => d && typeof d.id === "number").map((d: any) => d.id)
}

export const registerDocumentMiddleware = (strapi: Core.Strapi) => {
  const db = strapi.db

  /** Company required and known; companyKey follows it. Throws a 400 (the transaction rolls back). */
  const syncCompanyKey = async (uid: string, id: number) => {
    const row = await db.query(uid).findOne({ where: { id }, populate: { company: { select: ["medusaId"] } } })
    if (!row) return null
    if (!row.company?.medusaId) {
      throw new errors.ValidationError("Företag saknas eller är okänt / company is missing or unknown", {
        errors: [{ path: ["company"], message: "unknown_company", name: "ValidationError" }],
        code: "unknown_company",
      })
    }
    if (row.companyKey !== row.company.medusaId) {
      await db.query(uid).update({ where: { id }, data: { companyKey: row.company.medusaId } })
    }
    return { ...row, companyKey: row.company.medusaId }
  }

  const checkAgreementDocument = async (id: number) => {
    const row = await db.query(AGREEMENT_UID).findOne({ where: { id }, populate: { document: { select: ["mime"] } } })
    if (row?.document && row.document.mime !== AGREEMENT_DOCUMENT_MIME) {
      throw new errors.ValidationError("Avtalsdokumentet måste vara en PDF / the agreement document must be a PDF", {
        errors: [{ path: ["document"], message: "file_type", name: "ValidationError" }],
        code: "file_type",
      })
    }
  }

  const onTicket = async (action: string, params: any, next: () => Promise<any>, admin: AdminUser | null) => {
    let before: any = null
    if (action === "create") {
      params.data = params.data ?? {}
      if (params.data.number === undefined || params.data.number === null) params.data.number = await nextTicketNumber(strapi)
      params.data.lastActivityAt = params.data.lastActivityAt ?? new Date()
    } else if (action === "update" && params.documentId) {
      before = await db.query(TICKET_UID).findOne({ where: { documentId: params.documentId } })
    }
    const result = await next()
    if (action !== "create" && action !== "update") return result
    for (const id of resultIds(result)) {
      const row = await syncCompanyKey(TICKET_UID, id)
      if (!row || !admin) continue
      const now = new Date()
      const name = adminName(admin)
      const patch: Record<string, unknown> = {}
      if (!row.handlerName) patch.handlerName = name
      if (action === "create") {
        await db.query(EVENT_UID).create({ data: { ticket: id, kind: "created", actorType: "staff", actorName: name, at: now } })
      }
      if (before && before.priority !== row.priority) {
        await db.query(EVENT_UID).create({
          data: { ticket: id, kind: "priority", from: before.priority, to: row.priority, actorType: "staff", actorName: name, at: now },
        })
      }
      if (before && before.ticketStatus !== row.ticketStatus) {
        Object.assign(patch, { lastActivityAt: now, closeNoticeSentAt: null })
        await db.query(EVENT_UID).create({
          data: {
            ticket: id,
            kind: "status",
            from: before.ticketStatus,
            to: row.ticketStatus,
            actorType: "staff",
            actorName: name,
            at: now,
          },
        })
        await enqueue(strapi, "ticket.status_changed", {
          ticketId: row.documentId,
          companyId: row.companyKey,
          from: before.ticketStatus,
          to: row.ticketStatus,
          actorType: "staff",
        })
      }
      if (Object.keys(patch).length > 0) await db.query(TICKET_UID).update({ where: { id }, data: patch })
    }
    return result
  }

  const onMessage = async (action: string, params: any, next: () => Promise<any>, admin: AdminUser) => {
    if (action === "create") {
      params.data = {
        ...(params.data ?? {}),
        authorType: "staff",
        authorName: adminName(admin),
        authorEmail: admin.email,
        authorCustomerId: null,
      }
    }
    // A note made public later (internal true → false) is a reply from then on.
    const wasInternal =
      action === "update" && params.documentId
        ? (await db.query(MESSAGE_UID).findOne({ where: { documentId: params.documentId } }))?.internal === true
        : false
    const result = await next()
    if (action !== "create" && !wasInternal) return result
    for (const id of resultIds(result)) {
      const message = await db.query(MESSAGE_UID).findOne({ where: { id }, populate: { ticket: true } })
      const ticket = message?.ticket
      if (!ticket) {
        throw new errors.ValidationError("Meddelandet måste höra till ett ärende / the message needs a ticket", {
          errors: [{ path: ["ticket"], message: "required", name: "ValidationError" }],
        })
      }
      const now = new Date()
      const patch: Record<string, unknown> = {}
      if (!ticket.handlerName) patch.handlerName = adminName(admin)
      if (!message.internal) {
        Object.assign(patch, { lastActivityAt: now })
        await db.query(EVENT_UID).create({
          data: { ticket: ticket.id, kind: "reply", actorType: "staff", actorName: adminName(admin), at: now },
        })
        await enqueue(strapi, "ticket.staff_reply", {
          ticketId: ticket.documentId,
          messageId: message.documentId,
          companyId: ticket.companyKey,
        })
      }
      if (Object.keys(patch).length > 0) await db.query(TICKET_UID).update({ where: { id: ticket.id }, data: patch })
    }
    return result
  }

  strapi.documents.use(async (ctx: any, next: () => Promise<any>) => {
    const { uid, action } = ctx
    const writes = action === "create" || action === "update"
    if (!writes || ![TICKET_UID, MESSAGE_UID, AGREEMENT_UID].includes(uid)) return next()
    const admin = currentAdmin(strapi)
    if (uid === MESSAGE_UID && !admin) return next()
    return db.transaction(async () => {
      if (uid === TICKET_UID) return onTicket(action, ctx.params, next, admin)
      if (uid === MESSAGE_UID) return onMessage(action, ctx.params, next, admin as AdminUser)
      const result = await next()
      for (const id of resultIds(result)) {
        await syncCompanyKey(AGREEMENT_UID, id)
        await checkAgreementDocument(id)
      }
      return result
    })
  })
}
/* eslint-enable @typescript-eslint/no-explicit-any */
