import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { LICENSE_CATEGORIES, LICENSE_KINDS, LICENSE_TERMS, NON_LICENSE_CATEGORIES } from "../../../../../modules/licensing"

export const AdminUpsertLicenseTerms = z
  .object({
    product_code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(
        /^[A-Z0-9][A-Z0-9._-]{0,63}$/,
        fieldMessage({
          sv: "Produktkoden består av A–Z, 0–9, punkt, bindestreck och understreck (högst 64 tecken).",
          en: "The product code consists of A–Z, 0–9, dot, hyphen and underscore (at most 64 characters).",
        })
      ),
    category: z.enum(LICENSE_CATEGORIES),
    kind: z.enum(LICENSE_KINDS),
    seats: z
      .number()
      .int()
      .min(1, fieldMessage({ sv: "Minst 1 per köpt enhet.", en: "At least 1 per unit bought." }))
      .max(100_000),
    term: z.enum(LICENSE_TERMS),
    delivers_license: z.boolean().optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.delivers_license === true && NON_LICENSE_CATEGORIES.includes(value.category)) {
      context.addIssue({
        code: "custom",
        path: ["delivers_license"],
        message: fieldMessage({
          sv: "Utbildningar och tjänster levererar ingen licens.",
          en: "Training and services deliver no license.",
        }),
      })
    }
  })
export type AdminUpsertLicenseTerms = z.infer<typeof AdminUpsertLicenseTerms>
