import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { retrieveTicket } from "@/lib/data/support"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { single } from "@/modules/common/company-choice"
import { formatDateTime } from "@/modules/common/format"
import { ReplyForm } from "@/modules/support/components/reply-form"
import { SupportUnavailable } from "@/modules/support/components/support-unavailable"
import { TicketControls } from "@/modules/support/components/ticket-controls"
import { TicketHistory } from "@/modules/support/components/ticket-history"
import { TicketPriorityText, TicketStatusTag } from "@/modules/support/components/ticket-tags"
import { TicketThread } from "@/modules/support/components/ticket-thread"
import { supportContext } from "@/modules/support/support-context"
import { TICKET_CATEGORIES, wordKey } from "@/modules/support/words"

type Params = { locale: string; companyId: string; ticketId: string }

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "support" })
  return { title: t("listTitle") }
}

/** One ticket: its facts, the thread, "Svara", close/reopen, follow, and what happened when. */
export default async function TicketPage({
  params,
  searchParams,
}: {
  params: Promise<Params>
  searchParams: Promise<{ skapat?: string | string[] }>
}) {
  const { locale, companyId, ticketId } = await params
  setRequestLocale(locale)
  const context = await supportContext(locale)
  if (!context) return null
  // Another company's ticket, or a company without Support: not found, like the backend answers.
  if (!context.companies.some((company) => company.id === companyId)) notFound()
  const t = await getTranslations("support")
  const created = single((await searchParams).skapat)
  const result = await retrieveTicket(context.token, companyId, ticketId)
  if (!result.ok) {
    if (sessionLost(result)) logInAgain(locale)
    if (result.code === "rejected" && (result.status === 403 || result.status === 404)) notFound()
    return (
      <>
        <p>
          <Link href="/support">{t("ticket.back")}</Link>
        </p>
        <h1>{t("listTitle")}</h1>
        <SupportUnavailable />
      </>
    )
  }
  const ticket = result.data
  const closed = ticket.status === "closed"
  const category = wordKey(TICKET_CATEGORIES, ticket.category)
  const facts: [string, ReactNode][] = [
    [t("ticket.company"), ticket.company.name],
    [t("ticket.status"), <TicketStatusTag key="status" status={ticket.status} />],
    [t("ticket.priority"), <TicketPriorityText key="priority" priority={ticket.priority} />],
    [t("ticket.category"), category === "unknown" ? ticket.category || "–" : t(`category.${category}`)],
    [t("ticket.erpVersion"), ticket.erpVersion ?? "–"],
    [t("ticket.createdBy"), ticket.createdByName || "–"],
    [t("ticket.createdAt"), formatDateTime(ticket.createdAt, locale)],
    [t("ticket.handler"), ticket.handlerName ?? t("ticket.noHandler")],
  ]
  return (
    <>
      <p>
        <Link href="/support">{t("ticket.back")}</Link>
      </p>
      <h1>
        {t("ticket.title", { number: String(ticket.number) })}: {ticket.subject}
      </h1>
      {created ? (
        <p className="notice" role="status">
          {t("new.created", { number: String(ticket.number) })}
        </p>
      ) : null}
      <section aria-labelledby="ticket-details-title">
        <h2 id="ticket-details-title">{t("ticket.detailsTitle")}</h2>
        <dl className="details">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>{t("ticket.followersTitle")}</dt>
            <dd>
              {ticket.followers.length ? ticket.followers.map((follower) => follower.name || "–").join(", ") : t("ticket.noFollowers")}
              <br />
              {ticket.following ? t("ticket.youFollow") : t("ticket.youDoNotFollow")}
            </dd>
          </div>
        </dl>
      </section>
      <TicketControls locale={locale} companyId={companyId} ticketId={ticket.id || ticketId} closed={closed} following={ticket.following} />
      <section aria-labelledby="ticket-thread-title">
        <h2 id="ticket-thread-title">{t("ticket.threadTitle")}</h2>
        <TicketThread messages={ticket.messages} companyId={companyId} ticketId={ticket.id || ticketId} />
      </section>
      <section aria-labelledby="reply-title">
        <h2 id="reply-title">{t("ticket.replyTitle")}</h2>
        {closed ? (
          <p className="notice">{t("ticket.closedNotice")}</p>
        ) : (
          <ReplyForm locale={locale} companyId={companyId} ticketId={ticket.id || ticketId} />
        )}
      </section>
      <section aria-labelledby="ticket-history-title">
        <h2 id="ticket-history-title">{t("ticket.historyTitle")}</h2>
        <TicketHistory events={ticket.history} />
      </section>
    </>
  )
}
