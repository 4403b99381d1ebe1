import { z } from "@medusajs/framework/zod"
import { LICENSE_STATUSES } from "../../../../../modules/licensing"

export const AdminListCompanyLicensesQuery = z
  .object({
    status: z.enum(LICENSE_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCompanyLicensesQuery = z.infer<typeof AdminListCompanyLicensesQuery>
