import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listAgreements } from "@/lib/data/agreements"
import { listInvoices } from "@/lib/data/invoices"
import { listLicenses } from "@/lib/data/licenses"
import { listCompanyQuotes } from "@/lib/data/quotes"
import { listCompanyOrders } from "@/lib/data/store"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "myPages" })
  return { title: t("title") }
}

/** Mina sidor: Beställningar, Offerter, Licenser, Fakturor and Avtal of all the user's companies, with how many there are. */
export default async function MyPagesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const context = await myPagesContext(locale)
  if (!context) return null
  const t = await getTranslations("myPages")
  const [orders, quotes, licenses, invoices, agreements] = await Promise.all([
    listCompanyOrders(context.token, { limit: 1 }),
    // The quotes Monitor has sent that wait for an answer.
    listCompanyQuotes(context.token, { status: "sent", limit: 1 }),
    listLicenses(context.token, { status: "active" }),
    listInvoices(context.token, { status: "unpaid" }),
    listAgreements(context.token, { status: "active" }),
  ])
  const cards = [
    { key: "orders", href: "/mina-sidor/bestallningar", count: orders.ok ? orders.data.count : undefined },
    { key: "quotes", href: "/mina-sidor/offerter", count: quotes.ok ? quotes.data.count : undefined },
    { key: "licenses", href: "/mina-sidor/licenser", count: licenses.ok ? licenses.data.count : undefined },
    { key: "invoices", href: "/mina-sidor/fakturor", count: invoices.ok ? invoices.data.count : undefined },
    { key: "agreements", href: "/mina-sidor/avtal", count: agreements.ok ? agreements.data.count : undefined },
  ] as const
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
      <MyPagesNav current="overview" />
      <ul className="overview-cards">
        {cards.map((card) => (
          <li key={card.key} className="card">
            <h2>
              <Link href={card.href}>{t(`tabs.${card.key}`)}</Link>
            </h2>
            <p>{t(`cards.${card.key}.description`)}</p>
            {card.count !== undefined ? (
              <p className="overview-cards__count">{t(`cards.${card.key}.count`, { count: card.count })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
