import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listAgreements } from "@/lib/data/agreements"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { single } from "@/modules/common/company-choice"
import { AgreementsTable } from "@/modules/my-pages/components/agreements-table"
import { FilterForm } from "@/modules/my-pages/components/filter-form"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"
import { Pagination } from "@/modules/support/components/pagination"
import { SupportUnavailable } from "@/modules/support/components/support-unavailable"
import { pageCount } from "@/modules/support/ticket-query"
import { AGREEMENT_STATUSES, oneOf } from "@/modules/support/words"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "agreements" })
  return { title: t("title") }
}

/** Mina sidor › Avtal: the agreements of every company where the user has Mina sidor, with the signed PDF. */
export default async function AgreementsPage({
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
  const t = await getTranslations("agreements")
  const tMy = await getTranslations("myPages")
  const status = oneOf(AGREEMENT_STATUSES, single(query.status))
  const page = Math.max(0, Number.parseInt(single(query.sida) ?? "1", 10) - 1 || 0)
  const agreements = await listAgreements(context.token, { companyId: context.companyFilter?.id, status, page })
  if (!agreements.ok && sessionLost(agreements)) logInAgain(locale)
  const caption = context.companyFilter ? t("captionFor", { company: context.companyFilter.name }) : t("caption")
  const pageQuery = (number: number) => ({
    ...(context.companyFilter ? { company: context.companyFilter.id } : {}),
    ...(status ? { status } : {}),
    sida: String(number),
  })
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="agreements" />
      <h2>{t("title")}</h2>
      <p className="lead">{t("intro")}</p>
      <FilterForm
        id="agreements-filter"
        action={`/${locale}/mina-sidor/avtal`}
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
            options: AGREEMENT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          },
        ]}
      />
      {agreements.ok ? (
        <>
          <AgreementsTable agreements={agreements.data.agreements} caption={caption} />
          <Pagination
            namespace="agreements"
            pathname="/mina-sidor/avtal"
            page={page}
            pages={pageCount(agreements.data.count, agreements.data.limit)}
            queryFor={pageQuery}
          />
        </>
      ) : (
        <SupportUnavailable what="agreements" />
      )}
    </>
  )
}
