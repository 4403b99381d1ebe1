import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listAuditEvents } from "@/lib/data/audit-log"
import { USER_MANAGEMENT_AREA } from "@/lib/permissions/areas"
import { readSessionToken } from "@/lib/session/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { requireArea } from "@/modules/common/require-area"
import { AuditLogTable } from "@/modules/user-management/components/audit-log-table"
import { UserManagementNav } from "@/modules/user-management/components/user-management-nav"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "auditLog" })
  return { title: t("title") }
}

/** "Säkerhetslogg": one administered company's security events (when, who, what, from where). */
export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ foretag?: string; sida?: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireArea("user_management")
  const token = await readSessionToken()
  if (!session || !token) return null
  const t = await getTranslations("auditLog")
  const tManage = await getTranslations("manageUsers")
  const { foretag, sida } = await searchParams

  const administers = (role: string) => (session.roleAreas[role] ?? []).includes(USER_MANAGEMENT_AREA)
  const collator = new Intl.Collator(locale)
  const companies = session.companies.filter((company) => administers(company.role)).sort((a, b) => collator.compare(a.name, b.name))
  const company = companies.find((candidate) => candidate.id === foretag) ?? companies[0]
  const page = Math.max(0, Number.parseInt(sida ?? "1", 10) - 1 || 0)
  const events = company ? await listAuditEvents(token, company.id, page) : undefined

  return (
    <>
      <h1>{tManage("title")}</h1>
      <UserManagementNav current="auditLog" />
      <h2>{t("title")}</h2>
      <p className="lead">{t("intro")}</p>
      <form method="get" className="inline-form filter-form">
        <label htmlFor="audit-company">{t("company")}</label>
        <select id="audit-company" name="foretag" defaultValue={company?.id}>
          {companies.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small">
          {t("show")}
        </button>
      </form>
      {!company ? null : !events || !events.ok ? (
        <BackendUnavailable />
      ) : (
        <AuditLogTable companyId={company.id} companyName={company.name} page={events.data} />
      )}
    </>
  )
}
