import type { Metadata } from "next"
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { openCart, retrieveBillingDetails } from "@/lib/data/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { BillingDetailsCard } from "@/modules/store/components/billing-details"
import { CartTable } from "@/modules/store/components/cart-table"
import { CheckoutForm } from "@/modules/store/components/checkout-form"
import { StoreNav } from "@/modules/store/components/store-nav"
import { Totals } from "@/modules/store/components/totals"
import { notFoundIfRefused, storeContext } from "@/modules/store/store-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title") }
}

/** "Kassa": review the company, billing, payment by invoice and the lines; "Er referens", the terms, "Lägg beställning". */
export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ company?: string | string[] }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const context = await storeContext(locale, (await searchParams).company)
  if (!context) return null
  const t = await getTranslations("checkout")
  const tStore = await getTranslations("store")
  const { token, company } = context
  if (!company) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{tStore("noCompanies")}</p>
      </>
    )
  }

  const [cart, billing] = await Promise.all([openCart(token, company.id), retrieveBillingDetails(token, company.id)])
  notFoundIfRefused(cart)
  const query = { company: company.id }
  if (!cart.ok || !billing.ok) {
    return (
      <>
        <h1>{t("title")}</h1>
        <BackendUnavailable />
      </>
    )
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { company: company.name })}</p>
      <StoreNav current="checkout" companyId={company.id} itemCount={cart.data.item_count} />
      {cart.data.items.length === 0 ? (
        <>
          <p>{t("emptyCart")}</p>
          <p>
            <Link href={{ pathname: "/monitor-store", query }}>{t("backToStore")}</Link>
          </p>
        </>
      ) : (
        <div className="checkout">
          <BillingDetailsCard
            details={{
              ...billing.data,
              // The billing profile's answer names no company: the membership does.
              company: {
                id: company.id,
                name: billing.data.company.name || company.name,
                organisation_number: billing.data.company.organisation_number ?? (company.organisation_number || null),
              },
            }}
          />
          <section aria-labelledby="checkout-lines-title">
            <h2 id="checkout-lines-title">{t("linesTitle")}</h2>
            <CartTable cart={cart.data} companyId={company.id} caption={t("linesCaption", { company: company.name })} editable={false} />
            <Totals
              subtotal={cart.data.subtotal}
              taxes={cart.data.taxes}
              taxTotal={cart.data.tax_total}
              total={cart.data.total}
              currencyCode={cart.data.currency_code}
              label={t("totalsLabel")}
            />
            <p>
              <Link href={{ pathname: "/monitor-store/varukorg", query }}>{t("backToCart")}</Link>
            </p>
          </section>
          <section aria-labelledby="checkout-order-title" className="card">
            <h2 id="checkout-order-title">{t("placeTitle")}</h2>
            <CheckoutForm locale={await getLocale()} companyId={company.id} cartId={cart.data.id} />
          </section>
        </div>
      )}
    </>
  )
}
