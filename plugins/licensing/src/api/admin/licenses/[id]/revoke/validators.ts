import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"

export const AdminRevokeLicense = z
  .object({
    reason: z
      .string({ message: fieldMessage({ sv: "Ange varför licensen spärras.", en: "Give the reason for revoking the license." }) })
      .trim()
      .min(3, fieldMessage({ sv: "Ange varför licensen spärras.", en: "Give the reason for revoking the license." }))
      .max(500),
  })
  .strict()
export type AdminRevokeLicense = z.infer<typeof AdminRevokeLicense>
