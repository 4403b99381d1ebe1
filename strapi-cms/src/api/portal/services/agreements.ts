/**
 * Agreements for the portal (status derived from the dates, terminated wins) and the overview counts.
 */
import type { Core } from "@strapi/strapi"
import { countTickets } from "../../../lib/ticket-counts"
import { AGREEMENT_UID, fileBytes } from "../../../lib/tickets-model"

const today = () => new Date().toISOString().slice(0, 10)
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86400000).toISOString().slice(0, 10)

/** Query-engine conditions for a derived status on a given day. */
export const statusWhere = (status: string, day: string) => {
  switch (status) {
    case "terminated":
      return { terminated: true }
    case "upcoming":
      return { terminated: false, validFrom: { $gt: day } }
    case "expired":
      return { terminated: false, validTo: { $lt: day } }
    default:
      return { terminated: false, validFrom: { $lte: day }, $or: [{ validTo: { $null: true } }, { validTo: { $gte: day } }] }
  }
}

export const deriveStatus = (a: { terminated: boolean; validFrom: string; validTo: string | null }, day: string) => {
  if (a.terminated) return "terminated"
  if (a.validFrom > day) return "upcoming"
  if (a.validTo && a.validTo < day) return "expired"
  return "active"
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: { companies: string[]; status?: string; page: number; pageSize: number }) {
    const day = today()
    const where = { companyKey: { $in: query.companies }, ...(query.status ? statusWhere(query.status, day) : {}) }
    const agreements = strapi.db.query(AGREEMENT_UID)
    const [rows, total] = await Promise.all([
      agreements.findMany({
        where,
        populate: { company: { select: ["name"] }, document: true },
        orderBy: [{ validFrom: "desc" }, { id: "desc" }],
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      }),
      agreements.count({ where }),
    ])
    /* eslint-disable-next-line @typescript-eslint/no-explicit-any -- query-engine rows are untyped */
    const data = rows.map((a: any) => ({
      id: a.documentId,
      title: a.title,
      type: a.type,
      companyId: a.companyKey,
      companyName: a.company?.name ?? "",
      validFrom: a.validFrom,
      validTo: a.validTo ?? null,
      status: deriveStatus(a, day),
      document: a.document ? { id: a.document.id, name: a.document.name, size: fileBytes(a.document) } : null,
    }))
    return { data, total }
  },

  async overview(supportCompanies: string[], agreementCompanies: string[]) {
    const day = today()
    const agreements = strapi.db.query(AGREEMENT_UID)
    const active = { companyKey: { $in: agreementCompanies }, ...statusWhere("active", day) }
    const [openTickets, activeAgreements, ending] = await Promise.all([
      countTickets(strapi.db.connection, supportCompanies, "open"),
      agreementCompanies.length ? agreements.count({ where: active }) : 0,
      agreementCompanies.length
        ? agreements.count({ where: { $and: [active, { validTo: { $notNull: true } }, { validTo: { $lte: addDays(day, 90) } }] } })
        : 0,
    ])
    return { openTickets, activeAgreements, agreementsEndingWithin90Days: ending }
  },
})
