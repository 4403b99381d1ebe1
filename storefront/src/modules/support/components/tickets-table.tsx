import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { TicketSummary } from "@/lib/data/support"
import { formatDateTime } from "@/modules/common/format"
import { TICKET_CATEGORIES, wordKey } from "../words"
import { TicketPriorityText, TicketStatusTag } from "./ticket-tags"

export const ticketHref = (ticket: { id: string; company: { id: string } }) =>
  `/support/${encodeURIComponent(ticket.company.id)}/${encodeURIComponent(ticket.id)}`

/** Supportärenden: one row per ticket of every company, the number and subject linking to the thread. */
export async function TicketsTable({ tickets, caption, empty }: { tickets: readonly TicketSummary[]; caption: string; empty: string }) {
  const t = await getTranslations("support")
  const locale = await getLocale()
  if (tickets.length === 0) return <p>{empty}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.number")}</th>
            <th scope="col">{t("columns.subject")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.priority")}</th>
            <th scope="col">{t("columns.category")}</th>
            <th scope="col">{t("columns.lastActivity")}</th>
            <th scope="col">{t("columns.createdBy")}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => {
            const category = wordKey(TICKET_CATEGORIES, ticket.category)
            return (
              <tr key={`${ticket.company.id}/${ticket.id}`}>
                <th scope="row">{ticket.number || "–"}</th>
                <td>
                  <Link href={ticketHref(ticket)}>{ticket.subject}</Link>
                </td>
                <td>{ticket.company.name}</td>
                <td>
                  <TicketStatusTag status={ticket.status} />
                </td>
                <td>
                  <TicketPriorityText priority={ticket.priority} />
                </td>
                <td>{category === "unknown" ? ticket.category || "–" : t(`category.${category}`)}</td>
                <td>
                  <time dateTime={ticket.lastActivityAt}>{formatDateTime(ticket.lastActivityAt, locale)}</time>
                </td>
                <td>{ticket.createdByName || "–"}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
