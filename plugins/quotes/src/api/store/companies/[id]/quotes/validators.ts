import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"

const TEXT = z
  .string()
  .trim()
  .min(1, fieldMessage({ sv: "Skriv ett meddelande.", en: "Write a message." }))
  .max(4000, fieldMessage({ sv: "Högst 4 000 tecken.", en: "At most 4,000 characters." }))

const REFERENCE = z
  .string()
  .trim()
  .max(100, fieldMessage({ sv: "Högst 100 tecken.", en: "At most 100 characters." }))
  .nullish()
  .transform((value) => (value ? value : null))

const LINE = z
  .object({
    variant_id: z
      .string()
      .min(1, fieldMessage({ sv: "Välj en produkt.", en: "Choose a product." }))
      .max(100),
    quantity: z
      .number()
      .int(fieldMessage({ sv: "Ange ett helt antal.", en: "Enter a whole number." }))
      .min(1, fieldMessage({ sv: "Minst 1.", en: "At least 1." }))
      .max(1000, fieldMessage({ sv: "Högst 1 000.", en: "At most 1,000." })),
  })
  .strict()

/** "Begär offert": the lines of a cart of the caller's (`cart_id`) or given lines, and a message. */
export const StoreRequestQuote = z
  .object({
    cart_id: z.string().min(1).max(100).optional(),
    items: z
      .array(LINE)
      .min(1, fieldMessage({ sv: "Lägg till minst en produkt.", en: "Add at least one product." }))
      .max(50, fieldMessage({ sv: "Högst 50 rader.", en: "At most 50 lines." }))
      .optional(),
    message: TEXT,
    your_reference: REFERENCE,
  })
  .strict()
  .refine((body) => !!body.cart_id !== !!body.items, {
    path: ["items"],
    message: fieldMessage({ sv: "Ange antingen en varukorg eller produkter.", en: "Give either a cart or products." }),
  })
export type StoreRequestQuote = z.infer<typeof StoreRequestQuote>

export const StoreQuoteMessage = z.object({ text: TEXT }).strict()
export type StoreQuoteMessage = z.infer<typeof StoreQuoteMessage>

export const StoreAcceptQuote = z
  .object({
    accept_terms: z.literal(
      true,
      fieldMessage({ sv: "Godkänn villkoren för att acceptera offerten.", en: "Accept the terms to accept the quote." })
    ),
  })
  .strict()
export type StoreAcceptQuote = z.infer<typeof StoreAcceptQuote>

export const StoreDeclineQuote = z.object({}).strict()
