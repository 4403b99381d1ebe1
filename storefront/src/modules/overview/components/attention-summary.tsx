import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listInvoices } from "@/lib/data/invoices"
import { listLicenses } from "@/lib/data/licenses"

/**
 * Översikt's "Att hantera" for users with Mina sidor: unpaid invoices (overdue among them) and licenses
 * that expire within 60 days, over all their companies where they have Mina sidor.
 */
export async function AttentionSummary({ token }: { token: string }) {
  const t = await getTranslations("overview.attention")
  const [unpaid, overdue, expiring] = await Promise.all([
    listInvoices(token, { status: "unpaid" }),
    listInvoices(token, { status: "overdue" }),
    listLicenses(token, { status: "expiring" }),
  ])
  if (!unpaid.ok || !overdue.ok || !expiring.ok) {
    return (
      <section aria-labelledby="attention-title">
        <h2 id="attention-title">{t("title")}</h2>
        <p role="status">{t("unavailable")}</p>
      </section>
    )
  }
  const overdueCount = overdue.data.count
  return (
    <section aria-labelledby="attention-title">
      <h2 id="attention-title">{t("title")}</h2>
      <ul className="overview-cards">
        <li className="card">
          <Link href="/mina-sidor/fakturor">{t("unpaid", { count: unpaid.data.count + overdueCount })}</Link>
          {overdueCount > 0 ? <p>{t("overdue", { count: overdueCount })}</p> : null}
        </li>
        <li className="card">
          <Link href={{ pathname: "/mina-sidor/licenser", query: { status: "expiring" } }}>
            {t("expiring", { count: expiring.data.count })}
          </Link>
        </li>
      </ul>
    </section>
  )
}
