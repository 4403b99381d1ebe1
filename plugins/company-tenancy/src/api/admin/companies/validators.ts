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
    name: z.string().trim().min(1, "Ange företagets namn / Enter the company name").max(200),
    organisation_number: z
      .string()
      .trim()
      .regex(/^\d{6}-\d{4}$/, "Organisationsnummer anges som NNNNNN-NNNN / Organisation number must be NNNNNN-NNNN"),
    customer_number: z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, "Kundnummer är 1–10 siffror / Customer number is 1–10 digits"),
    erp_version: z
      .string()
      .trim()
      .regex(/^\d+\.\d+(\.\d+)?$/, "ERP-version anges som major.minor[.patch] / ERP version must be major.minor[.patch]")
      .nullish(),
  })
  .strict()
export type AdminCreateCompany = z.infer<typeof AdminCreateCompany>
