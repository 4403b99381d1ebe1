import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { openCart } from "@/lib/data/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { RequestQuoteForm } from "@/modules/quotes/components/request-quote-form"
import { CartTable } from "@/modules/store/components/cart-table"
import { CompanyChooser } from "@/modules/store/components/company-chooser"
import { StoreNav } from "@/modules/store/components/store-nav"
import { Totals } from "@/modules/store/components/totals"
import { notFoundIfRefused, storeContext } from "@/modules/store/store-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return { title: t("title") }
}

/** "Varukorg": the chosen company's cart — quantities, remove, subtotal, VAT per rate, total, "Till kassan", "Begär offert". */
export default async function CartPage({
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
  const t = await getTranslations("cart")
  const tStore = await getTranslations("store")
  const { token, companies, company } = context
  if (!company) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{tStore("noCompanies")}</p>
      </>
    )
  }

  const cart = await openCart(token, company.id)
  notFoundIfRefused(cart)
  const query = { company: company.id }
  return (
    <>
      <h1>{t("title")}</h1>
      <CompanyChooser companies={companies} current={company.id} label={tStore("shopFor")} action={`/${locale}/monitor-store/varukorg`} />
      <StoreNav current="cart" companyId={company.id} itemCount={cart.ok ? cart.data.item_count : undefined} />
      {!cart.ok ? (
        <BackendUnavailable />
      ) : cart.data.items.length === 0 ? (
        <>
          <p>{t("empty")}</p>
          <p>
            <Link href={{ pathname: "/monitor-store", query }}>{t("backToStore")}</Link>
          </p>
        </>
      ) : (
        <>
          <CartTable cart={cart.data} companyId={company.id} caption={t("caption", { company: company.name })} editable />
          <Totals
            subtotal={cart.data.subtotal}
            taxes={cart.data.taxes}
            taxTotal={cart.data.tax_total}
            total={cart.data.total}
            currencyCode={cart.data.currency_code}
            label={t("totalsLabel")}
          />
          <div className="form-actions">
            <Link href={{ pathname: "/monitor-store", query }} className="button">
              {t("backToStore")}
            </Link>
            <Link href={{ pathname: "/monitor-store/kassa", query }} className="button button--primary">
              {t("toCheckout")}
            </Link>
          </div>
          <section aria-labelledby="request-quote-title" className="card request-quote-card">
            <h2 id="request-quote-title">{t("quoteTitle")}</h2>
            <p>{t("quoteIntro")}</p>
            <RequestQuoteForm locale={locale} companyId={company.id} subject={{ cartId: cart.data.id }} />
          </section>
        </>
      )}
    </>
  )
}
