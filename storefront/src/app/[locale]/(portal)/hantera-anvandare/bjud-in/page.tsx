import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { USER_MANAGEMENT_AREA } from "@/lib/permissions/areas"
import { requireArea } from "@/modules/common/require-area"
import { InviteForm } from "@/modules/user-management/components/invite-form"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "invite" })
  return { title: t("title") }
}

/** "Bjud in användare". The companies to choose from are those whose role grants user management. */
export default async function InvitePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireArea("user_management")
  if (!session) return null
  const t = await getTranslations("invite")
  const administers = (role: string) => (session.roleAreas[role] ?? []).includes(USER_MANAGEMENT_AREA)
  const collator = new Intl.Collator(locale)
  const companies = session.companies
    .filter((company) => administers(company.role))
    .map(({ id, name, customer_number }) => ({ id, name, customer_number }))
    .sort((a, b) => collator.compare(a.name, b.name))

  return (
    <>
      <p className="breadcrumb">
        <Link href="/hantera-anvandare">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <InviteForm locale={locale} companies={companies} />
    </>
  )
}
