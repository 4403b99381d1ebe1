import { z } from "@medusajs/framework/zod"
import { AGREEMENT_STATUSES } from "../../../lib/strapi-types"

export const StoreListAgreementsQuery = z
  .object({
    company_id: z.string().min(1).max(100).optional(),
    status: z.enum(AGREEMENT_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type StoreListAgreementsQuery = z.infer<typeof StoreListAgreementsQuery>
