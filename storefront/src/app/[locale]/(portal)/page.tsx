import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { canAccess } from "@/lib/permissions/areas"
import { readSessionToken } from "@/lib/session/store"
import { requireArea } from "@/modules/common/require-area"
import { AttentionSummary } from "@/modules/overview/components/attention-summary"
import { CompanyTable } from "@/modules/overview/components/company-table"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "overview" })
  return { title: t("title") }
}

/** Översikt: the landing page after login. */
export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ link?: string }>
}) {
  const { locale } = await params
  const { link } = await searchParams
  setRequestLocale(locale)
  const session = await requireArea(null)
  if (!session) return null
  const t = await getTranslations("overview")
  const myPages = canAccess(session.areas, "my_pages")
  const support = canAccess(session.areas, "support")
  const token = myPages || support ? await readSessionToken() : undefined
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {link === "invitation-accepted" || link === "registration-accepted" ? (
        <p className="notice" role="status">
          {link === "invitation-accepted" ? t("linkAccepted") : t("registrationAccepted")}
        </p>
      ) : link === "failed" ? (
        <p className="notice notice--warning" role="alert">
          {t("linkFailed")}
        </p>
      ) : null}
      <CompanyTable companies={session.companies} />
      {token ? <AttentionSummary token={token} myPages={myPages} support={support} /> : null}
    </>
  )
}
