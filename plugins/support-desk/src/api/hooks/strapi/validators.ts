import { z } from "@medusajs/framework/zod"

const ticketRef = { ticketId: z.string().min(1).max(100), companyId: z.string().min(1).max(100) }
const envelope = { id: z.string().min(1).max(100), occurredAt: z.string().optional() }

/** A push from Strapi's outbox: the support contract's three event types. */
export const StrapiHookEvent = z.discriminatedUnion("type", [
  z.object({
    ...envelope,
    type: z.literal("ticket.staff_reply"),
    data: z.object({ ...ticketRef, messageId: z.union([z.string(), z.number()]).transform(String) }),
  }),
  z.object({
    ...envelope,
    type: z.literal("ticket.status_changed"),
    data: z.object({ ...ticketRef, from: z.string().nullable().optional(), to: z.string(), actorType: z.string().optional() }),
  }),
  z.object({ ...envelope, type: z.literal("ticket.close_notice"), data: z.object({ ...ticketRef, closesAt: z.string() }) }),
])
export type StrapiHookEvent = z.infer<typeof StrapiHookEvent>
