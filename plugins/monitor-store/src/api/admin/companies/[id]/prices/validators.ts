import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"

export const AdminSetCompanyPrices = z
  .object({
    prices: z
      .array(
        z
          .object({
            variant_id: z.string().min(1).max(100),
            amount: z
              .number()
              .min(0, fieldMessage({ sv: "Priset kan inte vara negativt.", en: "The price cannot be negative." }))
              .max(100_000_000)
              .nullable(),
          })
          .strict()
      )
      .min(1)
      .max(500),
  })
  .strict()
export type AdminSetCompanyPrices = z.infer<typeof AdminSetCompanyPrices>
