import { z } from "@medusajs/framework/zod"

export const StoreCatalogQuery = z.object({ handle: z.string().max(200).optional() }).strict()
export type StoreCatalogQuery = z.infer<typeof StoreCatalogQuery>
