import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { z } from "@medusajs/framework/zod"

export const AdminCreateErpInstallation = z
  .object({
    label: z
      .string()
      .trim()
      .max(200, fieldMessage({ sv: "Högst 200 tecken.", en: "At most 200 characters." }))
      .nullish(),
  })
  .strict()
export type AdminCreateErpInstallation = z.infer<typeof AdminCreateErpInstallation>

export const AdminEmptyBody = z.object({}).strict()
