/** Companies come from Medusa (PUT /api/portal/companies/:medusaId), keyed by Medusa's id. */
import type { Core } from "@strapi/strapi"
import { COMPANY_UID } from "../../../lib/tickets-model"

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async upsert(medusaId: string, name: string, orgNumber: string | null) {
    const companies = strapi.documents(COMPANY_UID)
    const existing = await strapi.db.query(COMPANY_UID).findOne({ where: { medusaId } })
    try {
      if (existing) {
        await companies.update({ documentId: existing.documentId, data: { name, orgNumber } as never })
      } else {
        await companies.create({ data: { medusaId, name, orgNumber } as never })
      }
    } catch (error) {
      // Two first syncs at once: the unique index let one in; update that one.
      const winner = await strapi.db.query(COMPANY_UID).findOne({ where: { medusaId } })
      if (!winner) throw error
      await companies.update({ documentId: winner.documentId, data: { name, orgNumber } as never })
    }
    return { medusaId, name }
  },
})
