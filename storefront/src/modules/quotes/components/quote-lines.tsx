import { getLocale, getTranslations } from "next-intl/server"
import type { Quote } from "@/lib/data/quotes"
import { formatMoney } from "@/modules/common/format"
import { Totals } from "@/modules/store/components/totals"

/** A quote's lines (product, quantity, à-pris, summa) and its totals: Summa exkl. moms, Moms 25 %, Att betala. */
export async function QuoteLines({ quote }: { quote: Quote }) {
  const t = await getTranslations("quotes")
  const locale = await getLocale()
  const money = (amount: number) => formatMoney(amount, locale, quote.currency_code)
  if (quote.items.length === 0) return <p>{t("noLines")}</p>
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption>{t("linesCaption", { number: quote.number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("lines.product")}</th>
              <th scope="col" className="numeric">
                {t("lines.quantity")}
              </th>
              <th scope="col" className="numeric">
                {t("lines.unitPrice")}
              </th>
              <th scope="col" className="numeric">
                {t("lines.subtotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {quote.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  {item.product_title}
                  {item.variant_title && item.variant_title !== "Standard" ? <span className="cell-note">{item.variant_title}</span> : null}
                  {item.sku ? <span className="cell-note">{t("lines.sku", { sku: item.sku })}</span> : null}
                </th>
                <td className="numeric">{item.quantity}</td>
                <td className="numeric">{money(item.unit_price)}</td>
                <td className="numeric">{money(item.subtotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Totals
        subtotal={quote.subtotal}
        taxes={quote.taxes}
        taxTotal={quote.tax_total}
        total={quote.total}
        currencyCode={quote.currency_code}
        label={t("totalsLabel")}
        totalLabel={t("toPay")}
      />
    </>
  )
}
