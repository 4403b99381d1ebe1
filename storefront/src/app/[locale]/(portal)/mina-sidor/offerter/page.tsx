import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listCompanyQuotes, QUOTE_STATUSES } from "@/lib/data/quotes"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { single } from "@/modules/common/company-choice"
import { FilterForm } from "@/modules/my-pages/components/filter-form"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"
import { QuotesTable } from "@/modules/quotes/components/quotes-table"
import { pageIndex, quoteStatusFilter } from "@/modules/quotes/quote-rules"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "quotes" })
  return { title: t("title") }
}

/** Mina sidor › Offerter: every quote of the user's companies (colleagues' too), newest first, filtered by company and status. */
export default async function QuotesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ company?: string | string[]; status?: string | string[]; sida?: string | string[] }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const context = await myPagesContext(locale, query.company)
  if (!context) return null
  const t = await getTranslations("quotes")
  const tMy = await getTranslations("myPages")
  const status = quoteStatusFilter(single(query.status))
  const page = pageIndex(single(query.sida))
  const quotes = await listCompanyQuotes(context.token, { companyId: context.companyFilter?.id, status, page })
  const pages = quotes.ok ? Math.max(1, Math.ceil(quotes.data.count / Math.max(1, quotes.data.limit))) : 1
  const pageQuery = (number: number) => ({
    ...(context.companyFilter ? { company: context.companyFilter.id } : {}),
    ...(status ? { status } : {}),
    sida: String(number),
  })
  const caption = context.companyFilter ? t("captionFor", { company: context.companyFilter.name }) : t("caption")
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="quotes" />
      <h2>{t("title")}</h2>
      <p className="lead">{t("intro")}</p>
      <FilterForm
        id="quotes-filter"
        action={`/${locale}/mina-sidor/offerter`}
        selects={[
          ...(context.companies.length > 1
            ? [
                {
                  name: "company",
                  label: tMy("filterCompany"),
                  value: context.companyFilter?.id,
                  allLabel: tMy("allCompanies"),
                  options: context.companies.map((company) => ({ value: company.id, label: company.name })),
                },
              ]
            : []),
          {
            name: "status",
            label: t("filterStatus"),
            value: status,
            allLabel: t("allStatuses"),
            options: QUOTE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          },
        ]}
      />
      {!quotes.ok ? (
        <BackendUnavailable />
      ) : (
        <>
          <QuotesTable quotes={quotes.data.quotes} caption={caption} />
          {pages > 1 ? (
            <nav aria-label={t("pagination")} className="pagination">
              {page > 0 ? <Link href={{ pathname: "/mina-sidor/offerter", query: pageQuery(page) }}>{t("newer")}</Link> : null}
              <span>{t("pageOf", { page: page + 1, pages })}</span>
              {page + 1 < pages ? <Link href={{ pathname: "/mina-sidor/offerter", query: pageQuery(page + 2) }}>{t("older")}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  )
}
