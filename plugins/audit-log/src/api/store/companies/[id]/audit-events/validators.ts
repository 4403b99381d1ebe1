import { z } from "@medusajs/framework/zod"

export const AuditEventsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AuditEventsQuery = z.infer<typeof AuditEventsQuery>
