import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** Shown for portal pages that do not exist or that the user's roles do not grant. */
export default async function PortalNotFound() {
  const t = await getTranslations("notAllowed")
  return (
    <div className="card">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </div>
  )
}
