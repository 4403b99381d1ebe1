import { z } from "@medusajs/framework/zod"

export const StoreListCompaniesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListCompaniesQuery = z.infer<typeof StoreListCompaniesQuery>
