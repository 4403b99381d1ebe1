import { z } from "@medusajs/framework/zod"
import { TICKET_SORTS, TICKET_STATUSES } from "../../../../lib/strapi-types"

export const StoreListTicketsQuery = z
  .object({
    company_id: z.string().min(1).max(100).optional(),
    /** One status, or `open` (every status but closed). */
    status: z.enum([...TICKET_STATUSES, "open"]).optional(),
    q: z.string().trim().max(200).optional(),
    /** Strapi's sort values, newest activity first by default. */
    order: z.enum(TICKET_SORTS).default("lastActivityAt:desc"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type StoreListTicketsQuery = z.infer<typeof StoreListTicketsQuery>
