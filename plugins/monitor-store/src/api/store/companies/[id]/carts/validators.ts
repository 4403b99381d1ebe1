import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"

const QUANTITY = z
  .number()
  .int(fieldMessage({ sv: "Ange ett helt antal.", en: "Enter a whole number." }))
  .min(1, fieldMessage({ sv: "Minst 1.", en: "At least 1." }))
  .max(1000, fieldMessage({ sv: "Högst 1 000.", en: "At most 1,000." }))

export const StoreAddLineItem = z
  .object({
    variant_id: z
      .string()
      .min(1, fieldMessage({ sv: "Välj en produkt.", en: "Choose a product." }))
      .max(100),
    quantity: QUANTITY,
  })
  .strict()
export type StoreAddLineItem = z.infer<typeof StoreAddLineItem>

export const StoreUpdateLineItem = z.object({ quantity: QUANTITY }).strict()
export type StoreUpdateLineItem = z.infer<typeof StoreUpdateLineItem>

export const StoreCompleteCart = z
  .object({
    your_reference: z
      .string()
      .trim()
      .max(100, fieldMessage({ sv: "Högst 100 tecken.", en: "At most 100 characters." }))
      .optional()
      .transform((value) => (value ? value : null)),
    accept_terms: z.literal(
      true,
      fieldMessage({ sv: "Godkänn villkoren för att lägga beställningen.", en: "Accept the terms to place the order." })
    ),
  })
  .strict()
export type StoreCompleteCart = z.infer<typeof StoreCompleteCart>
