import { getLocale, getTranslations } from "next-intl/server"
import type { TicketEvent } from "@/lib/data/support"
import { formatDateTime } from "@/modules/common/format"
import { TICKET_PRIORITIES, TICKET_STATUSES, wordKey } from "../words"

/** Händelser: when the ticket was created, replied to, and changed status or priority, and by whom. */
export async function TicketHistory({ events }: { events: readonly TicketEvent[] }) {
  const t = await getTranslations("support")
  const locale = await getLocale()
  if (events.length === 0) return null
  const word = (group: "status" | "priority", value: string | null) => {
    const key = wordKey(group === "status" ? TICKET_STATUSES : TICKET_PRIORITIES, value ?? "")
    return key === "unknown" ? value || "–" : t(`${group}.${key}`)
  }
  const what = (event: TicketEvent) => {
    if (event.kind === "status" || event.kind === "priority") {
      const group = event.kind
      if (!event.from && group === "status") return t("ticket.history.statusTo", { to: word(group, event.to) })
      return t(`ticket.history.${group}`, { from: word(group, event.from), to: word(group, event.to) })
    }
    return event.kind === "created" || event.kind === "reply" ? t(`ticket.history.${event.kind}`) : event.kind
  }
  const who = (event: TicketEvent) =>
    event.actorType === "system"
      ? t("ticket.actor.system")
      : event.actorType === "staff"
        ? t("ticket.actor.staff", { name: event.actorName || t("ticket.staff") })
        : t("ticket.actor.customer", { name: event.actorName || t("ticket.customer") })
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t("ticket.historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ticket.historyColumns.at")}</th>
            <th scope="col">{t("ticket.historyColumns.what")}</th>
            <th scope="col">{t("ticket.historyColumns.who")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={`${event.at}-${index}`}>
              <td>
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </td>
              <td>{what(event)}</td>
              <td>{who(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
