import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** The sub-pages of "Hantera användare": users and invitations, and the security log. */
export async function UserManagementNav({ current }: { current: "users" | "auditLog" }) {
  const t = await getTranslations("manageUsers")
  return (
    <nav aria-label={t("subNavLabel")} className="sub-nav">
      <ul>
        <li>
          <Link href="/hantera-anvandare" aria-current={current === "users" ? "page" : undefined}>
            {t("usersTab")}
          </Link>
        </li>
        <li>
          <Link href="/hantera-anvandare/sakerhetslogg" aria-current={current === "auditLog" ? "page" : undefined}>
            {t("auditLogTab")}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
