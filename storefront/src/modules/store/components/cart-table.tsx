import { getLocale, getTranslations } from "next-intl/server"
import type { Cart } from "@/lib/data/store"
import { formatMoney } from "@/modules/common/format"
import { QuantityForm, RemoveLineForm } from "./cart-line-forms"
import { LicenseTermsText } from "./license-terms"

/** The cart's lines: product, what it covers, unit price, quantity (editable or not), amount. */
export async function CartTable({
  cart,
  companyId,
  caption,
  editable,
}: {
  cart: Cart
  companyId: string
  caption: string
  editable: boolean
}) {
  const t = await getTranslations("cart")
  const locale = await getLocale()
  const money = (amount: number) => formatMoney(amount, locale, cart.currency_code)
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.product")}</th>
            <th scope="col" className="numeric">
              {t("columns.unitPrice")}
            </th>
            <th scope="col">{t("columns.quantity")}</th>
            <th scope="col" className="numeric">
              {t("columns.subtotal")}
            </th>
            {editable ? <th scope="col">{t("columns.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {cart.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                {item.product_title}
                {item.license_terms ? (
                  <span className="cell-note">
                    <LicenseTermsText terms={item.license_terms} />
                  </span>
                ) : null}
              </th>
              <td className="numeric">{money(item.unit_price)}</td>
              <td>
                {editable ? (
                  <QuantityForm
                    locale={locale}
                    companyId={companyId}
                    cartId={cart.id}
                    lineId={item.id}
                    productTitle={item.product_title}
                    quantity={item.quantity}
                  />
                ) : (
                  item.quantity
                )}
              </td>
              <td className="numeric">{money(item.subtotal)}</td>
              {editable ? (
                <td>
                  <RemoveLineForm
                    locale={locale}
                    companyId={companyId}
                    cartId={cart.id}
                    lineId={item.id}
                    productTitle={item.product_title}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
