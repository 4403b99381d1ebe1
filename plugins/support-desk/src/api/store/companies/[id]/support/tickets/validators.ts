import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "@mymonitor/common/lib/http-validation"
import { TICKET_CATEGORIES, TICKET_PRIORITIES } from "../../../../../../lib/strapi-types"

/** "Nytt ärende": the form's text fields (the files are checked before, by the attachment rules). */
export const StoreCreateTicket = z
  .object({
    subject: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Ange ett ämne.", en: "Enter a subject." }))
      .max(200, fieldMessage({ sv: "Högst 200 tecken.", en: "At most 200 characters." })),
    description: z
      .string()
      .trim()
      .min(1, fieldMessage({ sv: "Beskriv ärendet.", en: "Describe the issue." }))
      .max(20_000, fieldMessage({ sv: "Högst 20 000 tecken.", en: "At most 20,000 characters." })),
    category: z.enum(TICKET_CATEGORIES, { message: fieldMessage({ sv: "Välj en kategori.", en: "Choose a category." }) }),
    priority: z.enum(TICKET_PRIORITIES, { message: fieldMessage({ sv: "Välj en prioritet.", en: "Choose a priority." }) }),
    erp_version: z
      .string()
      .trim()
      .max(50, fieldMessage({ sv: "Högst 50 tecken.", en: "At most 50 characters." }))
      .optional()
      .transform((value) => value || null),
    idempotency_key: z
      .string()
      .uuid(fieldMessage({ sv: "Formuläret saknar sin nyckel. Ladda om sidan.", en: "The form lacks its key. Reload the page." })),
  })
  .strict()
export type StoreCreateTicket = z.infer<typeof StoreCreateTicket>
