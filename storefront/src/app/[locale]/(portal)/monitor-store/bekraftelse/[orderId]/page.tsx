import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { retrieveOrder } from "@/lib/data/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { OrderInvoice, OrderLicenses, OrderLines } from "@/modules/my-pages/components/order-parts"
import { notFoundIfRefused, storeContext } from "@/modules/store/store-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "confirmation" })
  return { title: t("title") }
}

/** "Tack för din beställning": the order number, the delivered licenses with their files, the invoice. */
export default async function ConfirmationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; orderId: string }>
  searchParams: Promise<{ company?: string | string[] }>
}) {
  const { locale, orderId } = await params
  setRequestLocale(locale)
  const context = await storeContext(locale, (await searchParams).company)
  if (!context) return null
  if (!context.company) notFound()
  const t = await getTranslations("confirmation")
  const order = await retrieveOrder(context.token, context.company.id, orderId)
  notFoundIfRefused(order)
  if (!order.ok) {
    return (
      <>
        <h1>{t("title")}</h1>
        <BackendUnavailable />
      </>
    )
  }
  const query = { company: context.company.id }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t("orderNumber", { number: order.data.order_number })} · {order.data.company.name || context.company.name}
      </p>
      <p>{t("intro")}</p>
      {order.data.your_reference ? <p>{t("yourReference", { reference: order.data.your_reference })}</p> : null}

      <section aria-labelledby="confirmation-licenses">
        <h2 id="confirmation-licenses">{t("licensesTitle")}</h2>
        <OrderLicenses order={order.data} />
      </section>

      <section aria-labelledby="confirmation-invoice">
        <h2 id="confirmation-invoice">{t("invoiceTitle")}</h2>
        <OrderInvoice order={order.data} />
      </section>

      <section aria-labelledby="confirmation-lines">
        <h2 id="confirmation-lines">{t("linesTitle")}</h2>
        <OrderLines order={order.data} />
      </section>

      <h2>{t("nextTitle")}</h2>
      <ul className="link-list">
        <li>
          <Link href={{ pathname: `/mina-sidor/bestallningar/${encodeURIComponent(order.data.id)}`, query }}>{t("toOrder")}</Link>
        </li>
        <li>
          <Link href="/mina-sidor/licenser">{t("toLicenses")}</Link>
        </li>
        <li>
          <Link href="/mina-sidor/fakturor">{t("toInvoices")}</Link>
        </li>
        <li>
          <Link href={{ pathname: "/monitor-store", query }}>{t("continueShopping")}</Link>
        </li>
      </ul>
    </>
  )
}
