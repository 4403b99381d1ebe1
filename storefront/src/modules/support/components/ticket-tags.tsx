import { getTranslations } from "next-intl/server"
import { TICKET_PRIORITIES, TICKET_STATUSES, wordKey } from "../words"

/** Ny / Pågående / Väntar på kund / Löst / Stängd. */
export async function TicketStatusTag({ status }: { status: string }) {
  const t = await getTranslations("support.status")
  const key = wordKey(TICKET_STATUSES, status)
  return <span className={`status status--ticket-${key}`}>{key === "unknown" ? status || "–" : t(key)}</span>
}

/** Låg / Normal / Hög / Kritisk. */
export async function TicketPriorityText({ priority }: { priority: string }) {
  const t = await getTranslations("support.priority")
  const key = wordKey(TICKET_PRIORITIES, priority)
  return <span className={`priority priority--${key}`}>{key === "unknown" ? priority || "–" : t(key)}</span>
}
