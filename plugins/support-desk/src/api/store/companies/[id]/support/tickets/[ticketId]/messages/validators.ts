import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"

/** "Svara": the reply's text (the files are checked before, by the attachment rules). */
export const StoreReplyToTicket = z
  .object({
    body: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Skriv ett svar.", en: "Write a reply." }))
      .max(20_000, fieldMessage({ sv: "Högst 20 000 tecken.", en: "At most 20,000 characters." })),
  })
  .strict()
export type StoreReplyToTicket = z.infer<typeof StoreReplyToTicket>
