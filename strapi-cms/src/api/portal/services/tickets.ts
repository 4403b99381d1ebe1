/**
 * Reading tickets for the portal. A list is one SQL page + one count, never populating messages;
 * the detail reads one ticket with its public messages and history. Every read is limited to the
 * given companies.
 *
 * The page walks an index in the list's order and stops at the page, over one company or many:
 * (last_activity_at, id), (number), (created_at, id), or (company_key, last_activity_at) when the
 * companies hold few of the tickets (the planner chooses). The total comes from the per-company
 * counts (ticket-counts.ts), counted over the tickets themselves only for a free-text search.
 */
import type { Core } from "@strapi/strapi"
import { notFound } from "../../../lib/portal-errors"
import { countTickets } from "../../../lib/ticket-counts"
import { detailFromEntity, summaryFromRow, TICKET_UID, type TicketDetail, type TicketSummary } from "../../../lib/tickets-model"

export interface ListQuery {
  companies: string[]
  status?: string
  q?: string
  sort: string
  page: number
  pageSize: number
}

/** The list's orders (alias t): number and created_at read an index either way, the activity orders as below. */
export const SORTS: Record<string, string> = {
  "lastActivityAt:desc": "t.last_activity_at DESC NULLS LAST, t.id DESC",
  "lastActivityAt:asc": "t.last_activity_at ASC NULLS FIRST, t.id ASC",
  "number:desc": "t.number DESC",
  "number:asc": "t.number ASC",
  "createdAt:desc": "t.created_at DESC, t.id DESC",
}

/**
 * The activity orders keep tickets without activity last (desc) or first (asc), which the index
 * on (last_activity_at, id) does not give in one pass (it puts NULLs at its end): the tickets with
 * activity and those without are read separately, each in index order and only as far as the page
 * reaches, then put in the list's order.
 */
const ACTIVITY_PARTS: Record<string, { dated: string; undated: string }> = {
  "lastActivityAt:desc": { dated: "t.last_activity_at DESC, t.id DESC", undated: "t.id DESC" },
  "lastActivityAt:asc": { dated: "t.last_activity_at ASC, t.id ASC", undated: "t.id ASC" },
}

const TICKET_COLUMNS = `t.id, t.document_id, t.number, t.subject, t.ticket_status, t.priority, t.category, t.erp_version,
  t.company_key, t.created_by_name, t.created_at, t.last_activity_at, t.handler_name`

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The list's conditions on support_tickets t, with their parameters. */
const filterOf = (query: ListQuery) => {
  const where: string[] = ["t.company_key = ANY(?)"]
  const params: unknown[] = [query.companies]
  if (query.status === "open") where.push("t.ticket_status <> 'closed'")
  else if (query.status) {
    where.push("t.ticket_status = ?")
    params.push(query.status)
  }
  const q = query.q?.trim()
  if (q) {
    const like = `%${escapeLike(q)}%`
    const asNumber = /^\d{1,9}$/.test(q) ? Number(q) : null
    where.push(`(t.subject ILIKE ? OR t.description ILIKE ?${asNumber !== null ? " OR t.number = ?" : ""})`)
    params.push(like, like, ...(asNumber !== null ? [asNumber] : []))
  }
  return { sql: where.join(" AND "), params, search: Boolean(q) }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: ListQuery): Promise<{ data: TicketSummary[]; total: number }> {
    const knex = strapi.db.connection
    const filter = filterOf(query)
    const offset = (query.page - 1) * query.pageSize
    const parts = ACTIVITY_PARTS[query.sort]
    // Tickets in the page's order (at most offset + pageSize of each part), sliced to the page.
    const [source, sourceParams] = parts
      ? [
          `(SELECT ${TICKET_COLUMNS} FROM support_tickets t WHERE ${filter.sql} AND t.last_activity_at IS NOT NULL
              ORDER BY ${parts.dated} LIMIT ?)
            UNION ALL
            (SELECT ${TICKET_COLUMNS} FROM support_tickets t WHERE ${filter.sql} AND t.last_activity_at IS NULL
              ORDER BY ${parts.undated} LIMIT ?)`,
          [...filter.params, offset + query.pageSize, ...filter.params, offset + query.pageSize],
        ]
      : [`SELECT ${TICKET_COLUMNS} FROM support_tickets t WHERE ${filter.sql}`, filter.params]
    const [page, total] = await Promise.all([
      knex.raw(
        `SELECT t.*, (SELECT c.name FROM companies c WHERE c.medusa_id = t.company_key) AS company_name
         FROM (${source}) t ORDER BY ${SORTS[query.sort]} LIMIT ? OFFSET ?`,
        [...sourceParams, query.pageSize, offset]
      ),
      filter.search
        ? knex.raw(`SELECT COUNT(*)::int AS total FROM support_tickets t WHERE ${filter.sql}`, filter.params).then((r) => r.rows[0].total)
        : countTickets(knex, query.companies, query.status),
    ])
    return { data: page.rows.map(summaryFromRow), total }
  },

  /** The ticket row (no relations) when it belongs to one of the companies, else null. */
  async findRow(documentId: string, companies: string[]) {
    if (companies.length === 0) return null
    return strapi.db.query(TICKET_UID).findOne({ where: { documentId, companyKey: { $in: companies } } })
  },

  async detail(documentId: string, companies: string[]): Promise<TicketDetail> {
    if (companies.length === 0) throw notFound()
    const ticket = await strapi.db.query(TICKET_UID).findOne({
      where: { documentId, companyKey: { $in: companies } },
      populate: {
        company: { select: ["name", "medusaId"] },
        messages: { where: { internal: false }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], populate: { attachments: true } },
        history: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      },
    })
    if (!ticket) throw notFound()
    return detailFromEntity(ticket)
  },

  async findByIdempotencyKey(key: string) {
    return strapi.db.query(TICKET_UID).findOne({ where: { idempotencyKey: key } })
  },
})
