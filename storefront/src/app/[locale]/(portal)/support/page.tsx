import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listTickets } from "@/lib/data/support"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { Pagination } from "@/modules/support/components/pagination"
import { SupportUnavailable } from "@/modules/support/components/support-unavailable"
import { TicketFilterForm } from "@/modules/support/components/ticket-filter-form"
import { TicketsTable } from "@/modules/support/components/tickets-table"
import { supportContext } from "@/modules/support/support-context"
import { pageCount, ticketFilterFrom, ticketListQuery, ticketPageQuery } from "@/modules/support/ticket-query"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "support" })
  return { title: t("listTitle") }
}

/** Supportärenden: every ticket of every company where the user has Support, in one list. */
export default async function SupportPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const context = await supportContext(locale)
  if (!context) return null
  const t = await getTranslations("support")
  const requested = ticketFilterFrom(await searchParams)
  // A company filter the user has no Support in is no filter (the backend would answer not found).
  const filter = {
    ...requested,
    company: context.companies.some((company) => company.id === requested.company) ? requested.company : undefined,
  }
  const result = await listTickets(context.token, ticketListQuery(filter))
  if (!result.ok && sessionLost(result)) logInAgain(locale)
  const filtered = !!(filter.company || filter.status || filter.q)
  return (
    <>
      <div className="page-heading">
        <h1>{t("listTitle")}</h1>
        {context.companies.length > 0 ? (
          <Link href="/support/nytt-arende" className="button button--primary">
            {t("newTicket")}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t("description")}</p>
      <TicketFilterForm action={`/${locale}/support`} filter={filter} companies={context.companies} />
      {!result.ok ? (
        <SupportUnavailable />
      ) : (
        <>
          <TicketsTable
            tickets={result.data.tickets}
            caption={t("captionCount", { count: result.data.count })}
            empty={filtered ? t("emptyFiltered") : t("empty")}
          />
          <Pagination
            namespace="support"
            pathname="/support"
            page={filter.page}
            pages={pageCount(result.data.count, result.data.limit)}
            queryFor={(pageNumber) => ticketPageQuery(filter, pageNumber)}
          />
        </>
      )}
    </>
  )
}
