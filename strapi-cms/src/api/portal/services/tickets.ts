/**
 * Reading tickets for the portal. Lists are one SQL page + one SQL count over support_tickets
 * (index company_key + last_activity_at), never populating messages; the detail reads one ticket
 * with its public messages and history. Every read is limited to the given companies.
 */
import type { Core } from "@strapi/strapi"
import { notFound } from "../../../lib/portal-errors"
import { detailFromEntity, summaryFromRow, TICKET_UID, type TicketDetail, type TicketSummary } from "../../../lib/tickets-model"

export interface ListQuery {
  companies: string[]
  status?: string
  q?: string
  sort: string
  page: number
  pageSize: number
}

export const SORTS: Record<string, string> = {
  "lastActivityAt:desc": "t.last_activity_at DESC NULLS LAST, t.id DESC",
  "lastActivityAt:asc": "t.last_activity_at ASC NULLS FIRST, t.id ASC",
  "number:desc": "t.number DESC",
  "number:asc": "t.number ASC",
  "createdAt:desc": "t.created_at DESC, t.id DESC",
}

const SUMMARY_COLUMNS = `t.document_id, t.number, t.subject, t.ticket_status, t.priority, t.category, t.erp_version,
  t.company_key, c.name AS company_name, t.created_by_name, t.created_at, t.last_activity_at, t.handler_name`

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: ListQuery): Promise<{ data: TicketSummary[]; total: number }> {
    const knex = strapi.db.connection
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
    const whereSql = where.join(" AND ")
    const [page, count] = await Promise.all([
      knex.raw(
        `SELECT ${SUMMARY_COLUMNS} FROM support_tickets t LEFT JOIN companies c ON c.medusa_id = t.company_key
         WHERE ${whereSql} ORDER BY ${SORTS[query.sort]} LIMIT ? OFFSET ?`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize]
      ),
      knex.raw(`SELECT COUNT(*)::int AS total FROM support_tickets t WHERE ${whereSql}`, params),
    ])
    return { data: page.rows.map(summaryFromRow), total: count.rows[0].total }
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
