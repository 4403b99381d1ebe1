import { z } from "@medusajs/framework/zod"

export const StoreListCompanyOrdersQuery = z
  .object({
    company_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListCompanyOrdersQuery = z.infer<typeof StoreListCompanyOrdersQuery>
