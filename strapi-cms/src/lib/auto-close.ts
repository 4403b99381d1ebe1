/**
 * Auto-close (cron): a ticket waiting for the customer or resolved, untouched (lastActivityAt) for
 * 12 days gets one close notice (outbox ticket.close_notice, closesAt = last activity + 14 days);
 * untouched for 14 days it is closed by the system (ticket-event + ticket.status_changed).
 * Each ticket is handled in its own transaction with its outbox row.
 */
import type { Core } from "@strapi/strapi"
import { enqueue } from "./outbox"
import { EVENT_UID, TICKET_UID } from "./tickets-model"

const DAY_MS = 24 * 60 * 60 * 1000
export const NOTICE_AFTER_DAYS = 12
export const CLOSE_AFTER_DAYS = 14
const IDLE_STATUSES = ["waiting_for_customer", "resolved"]

export const runAutoClose = async (strapi: Core.Strapi, now = new Date()) => {
  const tickets = strapi.db.query(TICKET_UID)
  const closeBefore = new Date(now.getTime() - CLOSE_AFTER_DAYS * DAY_MS)
  const noticeBefore = new Date(now.getTime() - NOTICE_AFTER_DAYS * DAY_MS)
  let closed = 0
  let noticed = 0

  const toClose = await tickets.findMany({
    where: { ticketStatus: { $in: IDLE_STATUSES }, lastActivityAt: { $lte: closeBefore } },
    limit: 500,
  })
  for (const t of toClose) {
    await strapi.db.transaction(async () => {
      // Re-check inside the transaction: a reply may have arrived since the scan.
      const fresh = await tickets.findOne({
        where: { id: t.id, ticketStatus: { $in: IDLE_STATUSES }, lastActivityAt: { $lte: closeBefore } },
      })
      if (!fresh) return
      await tickets.update({ where: { id: t.id }, data: { ticketStatus: "closed", lastActivityAt: now } })
      await strapi.db
        .query(EVENT_UID)
        .create({ data: { ticket: t.id, kind: "status", from: t.ticketStatus, to: "closed", actorType: "system", at: now } })
      await enqueue(strapi, "ticket.status_changed", {
        ticketId: t.documentId,
        companyId: t.companyKey,
        from: t.ticketStatus,
        to: "closed",
        actorType: "system",
      })
      closed++
    })
  }

  const toNotice = await tickets.findMany({
    where: {
      ticketStatus: { $in: IDLE_STATUSES },
      closeNoticeSentAt: { $null: true },
      lastActivityAt: { $lte: noticeBefore, $gt: closeBefore },
    },
    limit: 500,
  })
  for (const t of toNotice) {
    await strapi.db.transaction(async () => {
      const updated = await tickets.update({ where: { id: t.id, closeNoticeSentAt: { $null: true } }, data: { closeNoticeSentAt: now } })
      if (!updated) return
      const closesAt = new Date(new Date(t.lastActivityAt).getTime() + CLOSE_AFTER_DAYS * DAY_MS).toISOString()
      await enqueue(strapi, "ticket.close_notice", { ticketId: t.documentId, companyId: t.companyKey, closesAt })
      noticed++
    })
  }
  return { closed, noticed }
}
