import { getLocale, getTranslations } from "next-intl/server"
import type { Order } from "@/lib/data/store"
import { formatDate, formatMoney, isoDay } from "@/modules/common/format"
import { LicenseTermsText } from "@/modules/store/components/license-terms"
import { Totals } from "@/modules/store/components/totals"
import { invoicePdfHref, licenseFileHref } from "../download-links"
import { LicenseStatusTag } from "./status-tags"

/** An order's lines and totals (excl. VAT, VAT per rate, total). */
export async function OrderLines({ order }: { order: Order }) {
  const t = await getTranslations("order")
  const locale = await getLocale()
  const money = (amount: number) => formatMoney(amount, locale, order.currency_code)
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption>{t("linesCaption", { number: order.order_number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.product")}</th>
              <th scope="col">{t("columns.sku")}</th>
              <th scope="col" className="numeric">
                {t("columns.unitPrice")}
              </th>
              <th scope="col" className="numeric">
                {t("columns.quantity")}
              </th>
              <th scope="col" className="numeric">
                {t("columns.subtotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  {item.product_title}
                  {item.variant_title && item.variant_title !== "Standard" ? <span className="cell-note">{item.variant_title}</span> : null}
                </th>
                <td>{item.sku ?? "–"}</td>
                <td className="numeric">{money(item.unit_price)}</td>
                <td className="numeric">{item.quantity}</td>
                <td className="numeric">{money(item.subtotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Totals
        subtotal={order.subtotal}
        taxes={order.taxes}
        taxTotal={order.tax_total}
        total={order.total}
        currencyCode={order.currency_code}
        label={t("totalsLabel")}
      />
    </>
  )
}

/** The licenses an order delivered: key, what it covers, validity, status and the file to download. */
export async function OrderLicenses({ order }: { order: Order }) {
  const t = await getTranslations("order")
  const locale = await getLocale()
  if (order.licenses.length === 0) {
    return <p>{order.delivery_status === "delivered" ? t("noLicenses") : t("licensesPending")}</p>
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t("licensesCaption", { number: order.order_number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.licenseKey")}</th>
            <th scope="col">{t("columns.product")}</th>
            <th scope="col">{t("columns.terms")}</th>
            <th scope="col">{t("columns.validUntil")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.file")}</th>
          </tr>
        </thead>
        <tbody>
          {order.licenses.map((license) => (
            <tr key={license.id}>
              <th scope="row">
                <code className="license-key">{license.license_key}</code>
              </th>
              <td>{license.product_title}</td>
              <td>
                <LicenseTermsText terms={license} />
              </td>
              <td>
                {license.valid_until ? (
                  <time dateTime={isoDay(license.valid_until)}>{formatDate(license.valid_until, locale)}</time>
                ) : (
                  t("untilFurtherNotice")
                )}
              </td>
              <td>
                <LicenseStatusTag status={license.status} />
              </td>
              <td>
                {license.status === "revoked" ? (
                  "–"
                ) : (
                  <a href={licenseFileHref(locale, order.company.id, license.id)} download>
                    {t("downloadLicense")}
                    <span className="visually-hidden"> {t("licenseFileFor", { key: license.license_key })}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The order's invoice: its number and the PDF (or that it is on its way). */
export async function OrderInvoice({ order }: { order: Order }) {
  const t = await getTranslations("order")
  const locale = await getLocale()
  if (!order.invoice) return <p>{t("invoicePending")}</p>
  return (
    <p className="order-invoice">
      {t("invoiceNumber", { number: order.invoice.number })}{" "}
      <a href={invoicePdfHref(locale, order.company.id, order.invoice.id)} download className="button button--small">
        {t("downloadInvoice", { number: order.invoice.number })}
      </a>
    </p>
  )
}
