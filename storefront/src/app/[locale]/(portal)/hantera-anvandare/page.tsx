import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { retrieveUserManagement } from "@/lib/data/user-management"
import { readSessionToken } from "@/lib/session/store"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { requireArea } from "@/modules/common/require-area"
import { UserManagementNav } from "@/modules/user-management/components/user-management-nav"
import { InvitationsTable, UsersTable } from "@/modules/user-management/components/users-table"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "manageUsers" })
  return { title: t("title") }
}

/** "Hantera användare": the users of the companies the caller administers, and pending invitations. */
export default async function ManageUsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ skickade?: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireArea("user_management")
  const token = await readSessionToken()
  if (!session || !token) return null
  const t = await getTranslations("manageUsers")
  const { skickade } = await searchParams
  const sent = Number(skickade)

  const result = await retrieveUserManagement(token)
  if (!result.ok) {
    return (
      <>
        <h1>{t("title")}</h1>
        <BackendUnavailable />
      </>
    )
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        <Link href="/hantera-anvandare/bjud-in" className="button button--primary">
          {t("invite")}
        </Link>
      </div>
      <p className="lead">{t("description")}</p>
      <UserManagementNav current="users" />
      {Number.isInteger(sent) && sent > 0 ? (
        <p className="notice" role="status">
          {t("invitationsSent", { count: sent })}
        </p>
      ) : null}
      <UsersTable users={result.data.users} currentCustomerId={session.customer.id} />
      <h2>{t("invitationsTitle")}</h2>
      <InvitationsTable invitations={result.data.invitations} />
    </>
  )
}
