/**
 * Writing tickets from the portal: create (ticket + first message + files in ONE transaction,
 * idempotent by the unique idempotencyKey), customer replies, close / reopen. History rows are
 * written in the same transaction.
 */
import type { Core } from "@strapi/strapi"
import { notFound, PortalError } from "../../../lib/portal-errors"
import { COMPANY_UID, EVENT_UID, MESSAGE_UID, TICKET_UID, toMessage, type Author, type TicketStatus } from "../../../lib/tickets-model"
import type { IncomingFile } from "./attachments"

export interface CreateInput {
  companyId: string
  subject: string
  description: string
  category: string
  priority: string
  erpVersion: string | null
  idempotencyKey: string
  author: Author
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Strapi's service registry is untyped here */
const svc = (strapi: Core.Strapi, name: string): any => strapi.service(`api::portal.${name}` as any)
/* eslint-enable @typescript-eslint/no-explicit-any */

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const addEvent = (ticketId: number, kind: string, actorName: string, at: Date, from: string | null = null, to: string | null = null) =>
    strapi.db.query(EVENT_UID).create({ data: { ticket: ticketId, kind, from, to, actorType: "customer", actorName, at } })

  const existingFor = async (key: string, companyId: string) => {
    const existing = await svc(strapi, "tickets").findByIdempotencyKey(key)
    if (!existing) return null
    if (existing.companyKey !== companyId) {
      throw new PortalError(400, "invalid", "idempotencyKey already used for another company", {
        errors: [{ path: ["idempotencyKey"], message: "already used" }],
      })
    }
    return svc(strapi, "tickets").detail(existing.documentId, [companyId])
  }

  return {
    /** → {created, detail}; a repeat (also a concurrent one) returns the existing ticket. */
    async create(input: CreateInput, files: IncomingFile[]) {
      const company = await strapi.db.query(COMPANY_UID).findOne({ where: { medusaId: input.companyId } })
      if (!company) throw new PortalError(422, "unknown_company", `Unknown company ${input.companyId}`)
      const repeat = await existingFor(input.idempotencyKey, input.companyId)
      if (repeat) return { created: false, detail: repeat }
      svc(strapi, "attachments").validate(files)

      const stored: Array<{ id: number; hash: string; ext: string }> = []
      let documentId: string
      try {
        documentId = await strapi.db.transaction(async () => {
          const now = new Date()
          const ticket = await strapi.documents(TICKET_UID).create({
            data: {
              subject: input.subject,
              description: input.description,
              category: input.category,
              priority: input.priority,
              ticketStatus: "new",
              erpVersion: input.erpVersion,
              company: company.documentId,
              createdByCustomerId: input.author.customerId,
              createdByName: input.author.name,
              createdByEmail: input.author.email,
              idempotencyKey: input.idempotencyKey,
              lastActivityAt: now,
            } as never,
          })
          const message = await strapi.documents(MESSAGE_UID).create({
            data: {
              body: input.description,
              internal: false,
              authorType: "customer",
              authorName: input.author.name,
              authorEmail: input.author.email,
              authorCustomerId: input.author.customerId,
              ticket: ticket.documentId,
            } as never,
          })
          await addEvent(ticket.id as number, "created", input.author.name, now)
          await svc(strapi, "attachments").uploadForMessage(message.id, files, stored)
          return ticket.documentId as string
        })
      } catch (error) {
        await svc(strapi, "attachments").discard(stored)
        // A concurrent request with the same key won the unique index: answer with its ticket.
        const winner = await existingFor(input.idempotencyKey, input.companyId)
        if (winner) return { created: false, detail: winner }
        throw error
      }
      return { created: true, detail: await svc(strapi, "tickets").detail(documentId, [input.companyId]) }
    },

    async reply(documentId: string, companies: string[], body: string, author: Author, files: IncomingFile[]) {
      const ticket = await svc(strapi, "tickets").findRow(documentId, companies)
      if (!ticket) throw notFound()
      if (ticket.ticketStatus === "closed") throw new PortalError(409, "ticket_closed", "The ticket is closed")
      svc(strapi, "attachments").validate(files)
      const stored: Array<{ id: number; hash: string; ext: string }> = []
      try {
        const messageId = await strapi.db.transaction(async () => {
          const now = new Date()
          const message = await strapi.documents(MESSAGE_UID).create({
            data: {
              body,
              internal: false,
              authorType: "customer",
              authorName: author.name,
              authorEmail: author.email,
              authorCustomerId: author.customerId,
              ticket: ticket.documentId,
            } as never,
          })
          await svc(strapi, "attachments").uploadForMessage(message.id, files, stored)
          const reopened: TicketStatus | null = ["waiting_for_customer", "resolved"].includes(ticket.ticketStatus) ? "in_progress" : null
          await strapi.db.query(TICKET_UID).update({
            where: { id: ticket.id },
            data: { lastActivityAt: now, closeNoticeSentAt: null, ...(reopened ? { ticketStatus: reopened } : {}) },
          })
          await addEvent(ticket.id, "reply", author.name, now)
          if (reopened) await addEvent(ticket.id, "status", author.name, now, ticket.ticketStatus, reopened)
          return message.id as number
        })
        const message = await strapi.db.query(MESSAGE_UID).findOne({ where: { id: messageId }, populate: { attachments: true } })
        return toMessage(message)
      } catch (error) {
        await svc(strapi, "attachments").discard(stored)
        throw error
      }
    },

    /** close: any open status → closed; reopen: closed or resolved → in_progress. Else unchanged. */
    async setStatus(documentId: string, companies: string[], action: "close" | "reopen", author: Author) {
      const ticket = await svc(strapi, "tickets").findRow(documentId, companies)
      if (!ticket) throw notFound()
      const to: TicketStatus | null =
        action === "close"
          ? ticket.ticketStatus === "closed"
            ? null
            : "closed"
          : ["closed", "resolved"].includes(ticket.ticketStatus)
            ? "in_progress"
            : null
      if (to) {
        await strapi.db.transaction(async () => {
          const now = new Date()
          await strapi.db
            .query(TICKET_UID)
            .update({ where: { id: ticket.id }, data: { ticketStatus: to, lastActivityAt: now, closeNoticeSentAt: null } })
          await addEvent(ticket.id, "status", author.name, now, ticket.ticketStatus, to)
        })
      }
      return svc(strapi, "tickets").detail(documentId, companies)
    },
  }
}
