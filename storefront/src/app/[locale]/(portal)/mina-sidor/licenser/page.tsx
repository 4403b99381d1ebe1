import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { LICENSE_STATUSES, listLicenses } from "@/lib/data/licenses"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { single } from "@/modules/common/company-choice"
import { licensesCsvHref } from "@/modules/my-pages/download-links"
import { FilterForm } from "@/modules/my-pages/components/filter-form"
import { LicensesTable } from "@/modules/my-pages/components/licenses-table"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "licenses" })
  return { title: t("title") }
}

/** Mina sidor › Licenser: every license of the user's companies, filtered by company and status; CSV export. */
export default async function LicensesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ company?: string | string[]; status?: string | string[] }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const context = await myPagesContext(locale, query.company)
  if (!context) return null
  const t = await getTranslations("licenses")
  const tMy = await getTranslations("myPages")
  const wantedStatus = single(query.status)
  const status = (LICENSE_STATUSES as readonly string[]).includes(wantedStatus ?? "") ? wantedStatus : undefined
  const licenses = await listLicenses(context.token, { companyId: context.companyFilter?.id, status })
  const caption = context.companyFilter ? t("captionFor", { company: context.companyFilter.name }) : t("caption")
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="licenses" />
      <div className="page-heading">
        <h2>{t("title")}</h2>
        <a href={licensesCsvHref(locale, { company: context.companyFilter?.id, status })} className="button button--small" download>
          {t("exportCsv")}
        </a>
      </div>
      <p className="lead">{t("intro")}</p>
      <FilterForm
        id="licenses-filter"
        action={`/${locale}/mina-sidor/licenser`}
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
            options: LICENSE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          },
        ]}
      />
      {licenses.ok ? <LicensesTable licenses={licenses.data.licenses} caption={caption} /> : <BackendUnavailable />}
    </>
  )
}
