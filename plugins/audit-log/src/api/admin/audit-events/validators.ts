import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { z } from "@medusajs/framework/zod"

export const AdminListAuditEventsQuery = z
  .object({
    company_id: z.string().trim().min(1).max(64).optional(),
    action: z
      .string()
      .trim()
      .regex(
        /^[a-z_]+(\.[a-z_]+)*$/,
        fieldMessage({ sv: "Händelse anges som t.ex. invitation.sent.", en: "Give the action like invitation.sent." })
      )
      .optional(),
    actor_id: z.string().trim().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListAuditEventsQuery = z.infer<typeof AdminListAuditEventsQuery>
