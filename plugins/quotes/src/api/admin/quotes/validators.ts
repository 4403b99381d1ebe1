import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { QUOTE_STATUSES } from "../../../lib/quote-status"

export const AdminListQuotesQuery = z
  .object({
    company_id: z.string().min(1).max(100).optional(),
    status: z.enum(QUOTE_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListQuotesQuery = z.infer<typeof AdminListQuotesQuery>

export const AdminQuoteMessage = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Skriv ett meddelande.", en: "Write a message." }))
      .max(4000, fieldMessage({ sv: "Högst 4 000 tecken.", en: "At most 4,000 characters." })),
  })
  .strict()
export type AdminQuoteMessage = z.infer<typeof AdminQuoteMessage>

export const AdminUpdateQuoteLine = z
  .object({
    quantity: z
      .number()
      .int(fieldMessage({ sv: "Ange ett helt antal.", en: "Enter a whole number." }))
      .min(1, fieldMessage({ sv: "Minst 1.", en: "At least 1." }))
      .max(1000, fieldMessage({ sv: "Högst 1 000.", en: "At most 1,000." }))
      .optional(),
    unit_price: z
      .number()
      .min(0, fieldMessage({ sv: "Priset kan inte vara negativt.", en: "The price cannot be negative." }))
      .max(100_000_000, fieldMessage({ sv: "Orimligt högt pris.", en: "Unreasonably high price." }))
      .optional(),
  })
  .strict()
  .refine((body) => body.quantity !== undefined || body.unit_price !== undefined, {
    path: ["unit_price"],
    message: fieldMessage({ sv: "Ange antal eller pris.", en: "Give a quantity or a price." }),
  })
export type AdminUpdateQuoteLine = z.infer<typeof AdminUpdateQuoteLine>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export const AdminSendQuote = z
  .object({
    valid_until: z
      .string()
      .regex(ISO_DATE, fieldMessage({ sv: "Ange ett datum (ÅÅÅÅ-MM-DD).", en: "Enter a date (YYYY-MM-DD)." }))
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
        message: fieldMessage({ sv: "Ogiltigt datum.", en: "Invalid date." }),
      }),
  })
  .strict()
export type AdminSendQuote = z.infer<typeof AdminSendQuote>
