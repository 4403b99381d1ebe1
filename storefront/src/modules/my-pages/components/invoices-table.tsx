import { getLocale, getTranslations } from "next-intl/server"
import type { InvoiceSummary } from "@/lib/data/invoices"
import { formatDate, formatMoney, isoDay } from "@/modules/common/format"
import { invoicePdfHref } from "../download-links"
import { InvoiceStatusTag } from "./status-tags"

/** Mina sidor › Fakturor: number, company, date, due date, total, status and the PDF. */
export async function InvoicesTable({ invoices, caption }: { invoices: readonly InvoiceSummary[]; caption: string }) {
  const t = await getTranslations("invoices")
  const locale = await getLocale()
  if (invoices.length === 0) return <p>{t("empty")}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.number")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.date")}</th>
            <th scope="col">{t("columns.due")}</th>
            <th scope="col" className="numeric">
              {t("columns.total")}
            </th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.pdf")}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row">
                {invoice.number}
                {invoice.kind === "credit_note" ? <span className="cell-note">{t("creditNote")}</span> : null}
              </th>
              <td>{invoice.company.name}</td>
              <td>
                <time dateTime={isoDay(invoice.issue_date)}>{formatDate(invoice.issue_date, locale)}</time>
              </td>
              <td>{invoice.due_date ? <time dateTime={isoDay(invoice.due_date)}>{formatDate(invoice.due_date, locale)}</time> : "–"}</td>
              <td className="numeric">{formatMoney(invoice.total, locale, invoice.currency_code)}</td>
              <td>
                <InvoiceStatusTag status={invoice.status} />
              </td>
              <td>
                <a href={invoicePdfHref(locale, invoice.company.id, invoice.id)} download>
                  {t("download")}
                  <span className="visually-hidden"> {t("downloadFor", { number: invoice.number })}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
