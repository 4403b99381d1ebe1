import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { LICENSE_STATUSES } from "../../../modules/licensing"

const companyIds = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(64)).max(50, fieldMessage({ sv: "Högst 50 företag åt gången.", en: "At most 50 companies at a time." })))

const status = z.enum(LICENSE_STATUSES, {
  message: fieldMessage({
    sv: "Status är active, expiring, expired eller revoked.",
    en: "Status is active, expiring, expired or revoked.",
  }),
})

/** GET /store/licenses: the caller's licenses, filtered by company (one, several or a comma list) and status. */
export const StoreListLicensesQuery = z
  .object({
    company_id: companyIds.optional(),
    status: status.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListLicensesQuery = z.infer<typeof StoreListLicensesQuery>

/** GET /store/licenses/export.csv: the same filters, every matching license, headers in Swedish or English. */
export const StoreExportLicensesQuery = z
  .object({
    company_id: companyIds.optional(),
    status: status.optional(),
    locale: z.enum(["sv", "en"]).default("sv"),
  })
  .strict()
export type StoreExportLicensesQuery = z.infer<typeof StoreExportLicensesQuery>
