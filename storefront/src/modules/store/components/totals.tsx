import { getLocale, getTranslations } from "next-intl/server"
import type { TaxLine } from "@/lib/data/store"
import { formatMoney, formatRate } from "@/modules/common/format"

/** The sum excluding VAT, the VAT per rate and the total including VAT (cart, checkout, order, quote). */
export async function Totals({
  subtotal,
  taxes,
  taxTotal,
  total,
  currencyCode = "sek",
  label,
  totalLabel,
}: {
  subtotal: number
  taxes: readonly TaxLine[]
  taxTotal: number
  total: number
  currencyCode?: string
  label: string
  /** The last row's term instead of "Totalt inkl. moms" (a quote's "Att betala"). */
  totalLabel?: string
}) {
  const t = await getTranslations("totals")
  const locale = await getLocale()
  const money = (amount: number) => formatMoney(amount, locale, currencyCode)
  // No per-rate breakdown from the backend (or a zero cart): one line with the whole VAT.
  const rows = taxes.length > 0 ? taxes : taxTotal !== 0 ? [{ rate: 25, amount: taxTotal }] : []
  return (
    <dl className="totals" aria-label={label}>
      <div className="totals__row">
        <dt>{t("subtotal")}</dt>
        <dd>{money(subtotal)}</dd>
      </div>
      {rows.map((tax) => (
        <div className="totals__row" key={tax.rate}>
          <dt>{t("vat", { rate: formatRate(tax.rate, locale) })}</dt>
          <dd>{money(tax.amount)}</dd>
        </div>
      ))}
      <div className="totals__row totals__row--total">
        <dt>{totalLabel ?? t("total")}</dt>
        <dd>{money(total)}</dd>
      </div>
    </dl>
  )
}
