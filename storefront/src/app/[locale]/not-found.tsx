import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function LocaleNotFound() {
  const t = await getTranslations("notFound")
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <h1>{t("title")}</h1>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </main>
  )
}
