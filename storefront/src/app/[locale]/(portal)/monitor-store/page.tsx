import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCompanyProducts, openCart } from "@/lib/data/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { Catalog } from "@/modules/store/components/catalog"
import { CompanyChooser } from "@/modules/store/components/company-chooser"
import { StoreNav } from "@/modules/store/components/store-nav"
import { notFoundIfRefused, storeContext } from "@/modules/store/store-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "store" })
  return { title: t("title") }
}

/** Monitor Store: the chosen company's catalog with its prices, by category. */
export default async function StorePage({
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
  const t = await getTranslations("store")
  const { token, companies, company } = context
  if (!company) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("noCompanies")}</p>
      </>
    )
  }

  const [catalog, cart] = await Promise.all([listCompanyProducts(token, company.id), openCart(token, company.id)])
  notFoundIfRefused(catalog)
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
      <CompanyChooser companies={companies} current={company.id} label={t("shopFor")} action={`/${locale}/monitor-store`} />
      <StoreNav current="catalog" companyId={company.id} itemCount={cart.ok ? cart.data.item_count : undefined} />
      {catalog.ok ? <Catalog products={catalog.data.products} companyId={company.id} /> : <BackendUnavailable />}
    </>
  )
}
