import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { INVOICE_STATUSES, listInvoices } from "@/lib/data/invoices"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { single } from "@/modules/common/company-choice"
import { FilterForm } from "@/modules/my-pages/components/filter-form"
import { InvoicesTable } from "@/modules/my-pages/components/invoices-table"
import { MyPagesNav } from "@/modules/my-pages/components/my-pages-nav"
import { myPagesContext } from "@/modules/my-pages/my-pages-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "invoices" })
  return { title: t("title") }
}

/** Mina sidor › Fakturor: every invoice of the user's companies, filtered by company and status; the PDFs. */
export default async function InvoicesPage({
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
  const t = await getTranslations("invoices")
  const tMy = await getTranslations("myPages")
  const wantedStatus = single(query.status)
  const status = (INVOICE_STATUSES as readonly string[]).includes(wantedStatus ?? "") ? wantedStatus : undefined
  const invoices = await listInvoices(context.token, { companyId: context.companyFilter?.id, status })
  const caption = context.companyFilter ? t("captionFor", { company: context.companyFilter.name }) : t("caption")
  return (
    <>
      <h1>{tMy("title")}</h1>
      <MyPagesNav current="invoices" />
      <h2>{t("title")}</h2>
      <p className="lead">{t("intro")}</p>
      <FilterForm
        id="invoices-filter"
        action={`/${locale}/mina-sidor/fakturor`}
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
            options: INVOICE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          },
        ]}
      />
      {invoices.ok ? <InvoicesTable invoices={invoices.data.invoices} caption={caption} /> : <BackendUnavailable />}
    </>
  )
}
