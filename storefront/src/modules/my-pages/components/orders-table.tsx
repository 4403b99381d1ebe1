import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OrderSummary } from "@/lib/data/store"
import { formatDate, formatMoney, isoDay } from "@/modules/common/format"
import { DeliveryStatusTag, InvoiceStatusTag } from "./status-tags"

/** Mina sidor › Beställningar: every order of the user's companies, newest first. */
export async function OrdersTable({ orders, caption }: { orders: readonly OrderSummary[]; caption: string }) {
  const t = await getTranslations("orders")
  const locale = await getLocale()
  if (orders.length === 0) return <p>{t("empty")}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.number")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.placed")}</th>
            <th scope="col">{t("columns.buyer")}</th>
            <th scope="col">{t("columns.reference")}</th>
            <th scope="col" className="numeric">
              {t("columns.total")}
            </th>
            <th scope="col">{t("columns.delivery")}</th>
            <th scope="col">{t("columns.invoice")}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <Link
                  href={{ pathname: `/mina-sidor/bestallningar/${encodeURIComponent(order.id)}`, query: { company: order.company.id } }}
                >
                  {order.order_number}
                </Link>
              </th>
              <td>{order.company.name}</td>
              <td>
                <time dateTime={isoDay(order.placed_at)}>{formatDate(order.placed_at, locale)}</time>
              </td>
              <td>{order.buyer.name || order.buyer.email}</td>
              <td>{order.your_reference ?? "–"}</td>
              <td className="numeric">{formatMoney(order.total, locale, order.currency_code)}</td>
              <td>
                <DeliveryStatusTag status={order.delivery_status} />
              </td>
              <td>
                {order.invoice ? (
                  <>
                    {order.invoice.number} <InvoiceStatusTag status={order.invoice.status} />
                  </>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
