import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { z } from "@medusajs/framework/zod"

export const AdminListCompaniesQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCompaniesQuery = z.infer<typeof AdminListCompaniesQuery>

export const AdminCreateCompany = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Ange företagets namn.", en: "Enter the company name." }))
      .max(200),
    organisation_number: z
      .string()
      .trim()
      .regex(
        /^\d{6}-\d{4}$/,
        fieldMessage({ sv: "Organisationsnummer anges som NNNNNN-NNNN.", en: "The organisation number must be NNNNNN-NNNN." })
      ),
    customer_number: z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, fieldMessage({ sv: "Kundnumret är 1–10 siffror.", en: "The customer number is 1–10 digits." })),
  })
  .strict()
export type AdminCreateCompany = z.infer<typeof AdminCreateCompany>
