import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { QuoteSummary } from "@/lib/data/quotes"
import { formatDate, formatMoney, isoDay } from "@/modules/common/format"
import { QuoteStatusTag } from "./quote-status-tag"

/** Mina sidor › Offerter: number, company, status, when it was asked for, valid until, total incl. VAT. */
export async function QuotesTable({ quotes, caption }: { quotes: readonly QuoteSummary[]; caption: string }) {
  const t = await getTranslations("quotes")
  const locale = await getLocale()
  if (quotes.length === 0) {
    return (
      <>
        <p>{t("empty")}</p>
        <p>{t("emptyHint")}</p>
      </>
    )
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.number")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.requested")}</th>
            <th scope="col">{t("columns.validUntil")}</th>
            <th scope="col" className="numeric">
              {t("columns.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {quotes.map((quote) => (
            <tr key={quote.id}>
              <th scope="row">
                <Link href={{ pathname: `/mina-sidor/offerter/${encodeURIComponent(quote.id)}`, query: { company: quote.company.id } }}>
                  {quote.number || "–"}
                </Link>
              </th>
              <td>{quote.company.name}</td>
              <td>
                <QuoteStatusTag status={quote.status} />
              </td>
              <td>
                <time dateTime={isoDay(quote.requested_at)}>{formatDate(quote.requested_at, locale)}</time>
              </td>
              <td>{quote.valid_until ? <time dateTime={isoDay(quote.valid_until)}>{formatDate(quote.valid_until, locale)}</time> : "–"}</td>
              <td className="numeric">{formatMoney(quote.total, locale, quote.currency_code)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
