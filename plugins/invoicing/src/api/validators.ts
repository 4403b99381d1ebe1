import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { vatNumberIsValid } from "../lib/vat-number"

/**
 * The zod schemas of the invoicing routes. Amounts are integer öre; quantities whole
 * units; VAT rates the Swedish ones (25, 12, 6, 0).
 */

/** Tabs and line breaks are text; other control characters (NUL, escape …) are not. */
const isControlCharacter = (char: string) => {
  const code = char.charCodeAt(0)
  return (code < 32 && char !== "\t" && char !== "\n" && char !== "\r") || code === 127
}

const id = z.string().trim().min(1).max(64)
const status = z.enum(["unpaid", "paid", "overdue", "credited"], {
  message: fieldMessage({ sv: "Status är unpaid, paid, overdue eller credited.", en: "Status is unpaid, paid, overdue or credited." }),
})
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const StoreListInvoicesQuery = z.object({ company_id: id.optional(), status: status.optional(), ...page }).strict()
export type StoreListInvoicesQuery = z.infer<typeof StoreListInvoicesQuery>

export const AdminListInvoicesQuery = z
  .object({
    company_id: id.optional(),
    status: status.optional(),
    kind: z.enum(["invoice", "credit_note"]).optional(),
    order_id: id.optional(),
    ...page,
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
export type AdminListInvoicesQuery = z.infer<typeof AdminListInvoicesQuery>

export const AdminMarkPaidBody = z
  .object({
    paid_at: z.coerce
      .date({ message: fieldMessage({ sv: "Ogiltigt datum.", en: "Invalid date." }) })
      .refine((date) => date.getTime() <= Date.now() + 60_000, {
        message: fieldMessage({ sv: "Betaldatumet kan inte ligga i framtiden.", en: "The payment date cannot be in the future." }),
      })
      .optional(),
  })
  .strict()
export type AdminMarkPaidBody = z.infer<typeof AdminMarkPaidBody>

export const AdminCreditInvoiceBody = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Ange varför fakturan krediteras.", en: "Give the reason for the credit note." }))
      .max(1000),
  })
  .strict()
export type AdminCreditInvoiceBody = z.infer<typeof AdminCreditInvoiceBody>

export const InvoiceLineBody = z
  .object({
    description: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Ange en beskrivning.", en: "Give a description." }))
      .max(500)
      .refine((value) => ![...value].some(isControlCharacter), {
        message: fieldMessage({
          sv: "Beskrivningen innehåller otillåtna tecken.",
          en: "The description contains characters that are not allowed.",
        }),
      }),
    quantity: z
      .number()
      .int(fieldMessage({ sv: "Antalet anges i hela enheter.", en: "The quantity is whole units." }))
      .min(1)
      .max(1_000_000),
    unit_price: z
      .number()
      .int(fieldMessage({ sv: "À-priset anges i hela ören.", en: "The unit price is whole öre." }))
      .min(0)
      .max(100_000_000),
    tax_rate: z.number().refine((rate) => [25, 12, 6, 0].includes(rate), {
      message: fieldMessage({ sv: "Momssatsen är 25, 12, 6 eller 0 %.", en: "The VAT rate is 25, 12, 6 or 0 %." }),
    }),
  })
  .strict()

export const AdminCreateFeeInvoiceBody = z
  .object({
    your_reference: z.string().trim().max(200).nullish(),
    lines: z
      .array(InvoiceLineBody)
      .min(1, fieldMessage({ sv: "Fakturan behöver minst en rad.", en: "An invoice needs at least one line." }))
      .max(100),
  })
  .strict()
export type AdminCreateFeeInvoiceBody = z.infer<typeof AdminCreateFeeInvoiceBody>

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, fieldMessage({ sv: "Fältet behöver fyllas i.", en: "The field is required." }))
    .max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullish()

export const BillingProfileBody = z
  .object({
    name: text(200),
    attention: optionalText(200),
    address_line_1: text(200),
    address_line_2: optionalText(200),
    postal_code: text(20),
    city: text(100),
    country_code: z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2}$/, fieldMessage({ sv: "Ange landskoden med två bokstäver.", en: "Give the two-letter country code." }))
      .transform((code) => code.toLowerCase())
      .default("se"),
    vat_number: z
      .string()
      .trim()
      .refine((value) => value === "" || vatNumberIsValid(value), {
        message: fieldMessage({ sv: "Ange momsregistreringsnumret som SE + 12 siffror.", en: "Give the VAT number as SE + 12 digits." }),
      })
      .nullish(),
    invoice_email: z
      .string()
      .trim()
      .max(254)
      .email(fieldMessage({ sv: "Ogiltig e-postadress.", en: "Invalid e-mail address." })),
    payment_terms_days: z.number().int().min(0).max(365).default(30),
  })
  .strict()
export type BillingProfileBody = z.infer<typeof BillingProfileBody>
