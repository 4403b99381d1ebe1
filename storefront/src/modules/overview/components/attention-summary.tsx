import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listInvoices } from "@/lib/data/invoices"
import { listLicenses } from "@/lib/data/licenses"
import { retrieveSupportOverview } from "@/lib/data/support"

/**
 * Översikt's "Att hantera": open support tickets (Support), unpaid invoices (overdue among them),
 * licenses that expire within 60 days and agreements (active, ending within 90 days) (Mina sidor), each
 * over the user's companies with that area. Support's counts come from Strapi through the backend:
 * when it is away, only they say so.
 */
export async function AttentionSummary({ token, myPages, support }: { token: string; myPages: boolean; support: boolean }) {
  const t = await getTranslations("overview.attention")
  const none = Promise.resolve(undefined)
  const [unpaid, overdue, expiring, counts] = await Promise.all([
    myPages ? listInvoices(token, { status: "unpaid" }) : none,
    myPages ? listInvoices(token, { status: "overdue" }) : none,
    myPages ? listLicenses(token, { status: "expiring" }) : none,
    retrieveSupportOverview(token),
  ])
  const myPagesFailed = myPages && (!unpaid?.ok || !overdue?.ok || !expiring?.ok)
  const overdueCount = overdue?.ok ? overdue.data.count : 0
  return (
    <section aria-labelledby="attention-title">
      <h2 id="attention-title">{t("title")}</h2>
      {myPagesFailed ? <p role="status">{t("unavailable")}</p> : null}
      <ul className="overview-cards">
        {support && counts.ok ? (
          <li className="card">
            <Link href={{ pathname: "/support", query: { status: "open" } }}>{t("openTickets", { count: counts.data.openTickets })}</Link>
          </li>
        ) : null}
        {myPages && !myPagesFailed && unpaid?.ok && expiring?.ok ? (
          <>
            <li className="card">
              <Link href="/mina-sidor/fakturor">{t("unpaid", { count: unpaid.data.count + overdueCount })}</Link>
              {overdueCount > 0 ? <p>{t("overdue", { count: overdueCount })}</p> : null}
            </li>
            <li className="card">
              <Link href={{ pathname: "/mina-sidor/licenser", query: { status: "expiring" } }}>
                {t("expiring", { count: expiring.data.count })}
              </Link>
            </li>
          </>
        ) : null}
        {myPages && counts.ok ? (
          <li className="card">
            <Link href={{ pathname: "/mina-sidor/avtal", query: { status: "active" } }}>
              {t("activeAgreements", { count: counts.data.activeAgreements })}
            </Link>
            <p>{t("agreementsEnding", { count: counts.data.agreementsEndingWithin90Days })}</p>
          </li>
        ) : null}
      </ul>
      {!counts.ok ? <p role="status">{t("supportUnavailable")}</p> : null}
    </section>
  )
}
