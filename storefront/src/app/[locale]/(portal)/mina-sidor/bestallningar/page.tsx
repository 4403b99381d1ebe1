import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listCompanyOrders } from "@/lib/data/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { single } from "@/modules/common/company-choice"
import { FilterForm } from "@/modules/my-pages/components/filter-form"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { OrdersTable } from "@/modules/my-pages/components/orders-table"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "orders" })
  return { title: t("title") }
}

/** Mina sidor › Beställningar: every order of the user's companies (colleagues' too), newest first. */
export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ company?: string | string[]; sida?: string | string[] }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const context = await myPagesContext(locale, query.company)
  if (!context) return null
  const t = await getTranslations("orders")
  const tMy = await getTranslations("myPages")
  const page = Math.max(0, Number.parseInt(single(query.sida) ?? "1", 10) - 1 || 0)
  const orders = await listCompanyOrders(context.token, { companyId: context.companyFilter?.id, page })
  const pages = orders.ok ? Math.max(1, Math.ceil(orders.data.count / Math.max(1, orders.data.limit))) : 1
  const pageQuery = (number: number) => ({
    ...(context.companyFilter ? { company: context.companyFilter.id } : {}),
    sida: String(number),
  })
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="orders" />
      <h2>{t("title")}</h2>
      <p className="lead">{t("intro")}</p>
      {context.companies.length > 1 ? (
        <FilterForm
          id="orders-filter"
          action={`/${locale}/mina-sidor/bestallningar`}
          selects={[
            {
              name: "company",
              label: tMy("filterCompany"),
              value: context.companyFilter?.id,
              allLabel: tMy("allCompanies"),
              options: context.companies.map((company) => ({ value: company.id, label: company.name })),
            },
          ]}
        />
      ) : null}
      {!orders.ok ? (
        <BackendUnavailable />
      ) : (
        <>
          <OrdersTable
            orders={orders.data.orders}
            caption={context.companyFilter ? t("captionFor", { company: context.companyFilter.name }) : t("caption")}
          />
          {pages > 1 ? (
            <nav aria-label={t("pagination")} className="pagination">
              {page > 0 ? <Link href={{ pathname: "/mina-sidor/bestallningar", query: pageQuery(page) }}>{t("newer")}</Link> : null}
              <span>{t("pageOf", { page: page + 1, pages })}</span>
              {page + 1 < pages ? (
                <Link href={{ pathname: "/mina-sidor/bestallningar", query: pageQuery(page + 2) }}>{t("older")}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  )
}
