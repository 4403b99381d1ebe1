import { z } from "@medusajs/framework/zod"
import { QUOTE_STATUSES } from "../../../lib/quote-status"

export const StoreListCompanyQuotesQuery = z
  .object({
    company_id: z.string().min(1).max(100).optional(),
    status: z.enum(QUOTE_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListCompanyQuotesQuery = z.infer<typeof StoreListCompanyQuotesQuery>
