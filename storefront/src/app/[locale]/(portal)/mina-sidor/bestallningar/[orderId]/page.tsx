import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { retrieveOrder } from "@/lib/data/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { formatDate, isoDay } from "@/modules/common/format"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { OrderInvoice, OrderLicenses, OrderLines } from "@/modules/my-pages/components/order-parts"
import { DeliveryStatusTag } from "@/modules/my-pages/components/status-tags"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"
import { notFoundIfRefused } from "@/modules/store/store-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "orders" })
  return { title: t("detailTitle") }
}

/** One order of one of the user's companies: lines, licenses and the invoice. */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; orderId: string }>
  searchParams: Promise<{ company?: string | string[] }>
}) {
  const { locale, orderId } = await params
  setRequestLocale(locale)
  const context = await myPagesContext(locale, (await searchParams).company)
  if (!context) return null
  // The order's company is part of its address (the backend checks the membership there).
  if (!context.companyFilter) notFound()
  const t = await getTranslations("orders")
  const tMy = await getTranslations("myPages")
  const order = await retrieveOrder(context.token, context.companyFilter.id, orderId)
  notFoundIfRefused(order)
  const back = (
    <p className="breadcrumb">
      <Link href="/mina-sidor/bestallningar">{t("back")}</Link>
    </p>
  )
  if (!order.ok) {
    return (
      <>
        {back}
        <BackendUnavailable />
      </>
    )
  }
  const data = order.data
  const currentLocale = await getLocale()
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="orders" />
      {back}
      <h2>{t("orderTitle", { number: data.order_number })}</h2>
      <dl className="details">
        <div>
          <dt>{t("columns.company")}</dt>
          <dd>{data.company.name || context.companyFilter.name}</dd>
        </div>
        <div>
          <dt>{t("columns.placed")}</dt>
          <dd>
            <time dateTime={isoDay(data.placed_at)}>{formatDate(data.placed_at, currentLocale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("columns.buyer")}</dt>
          <dd>
            {data.buyer.name}
            {data.buyer.email ? ` (${data.buyer.email})` : null}
          </dd>
        </div>
        <div>
          <dt>{t("columns.reference")}</dt>
          <dd>{data.your_reference ?? "–"}</dd>
        </div>
        <div>
          <dt>{t("columns.delivery")}</dt>
          <dd>
            <DeliveryStatusTag status={data.delivery_status} />
          </dd>
        </div>
      </dl>
      <h3>{t("linesTitle")}</h3>
      <OrderLines order={data} />
      <h3>{t("licensesTitle")}</h3>
      <OrderLicenses order={data} />
      <h3>{t("invoiceTitle")}</h3>
      <OrderInvoice order={data} />
    </>
  )
}
