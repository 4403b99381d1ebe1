import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { LanguageSwitch } from "./language-switch"

/** The top bar: the myMonitor name, optional portal navigation and the tools on the right. */
export async function SiteHeader({ navigation, tools }: { navigation?: ReactNode; tools?: ReactNode }) {
  const t = await getTranslations("common")
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {t("brand")}
        </Link>
        {navigation}
        <div className="site-header__tools">
          <LanguageSwitch />
          {tools}
        </div>
      </div>
    </header>
  )
}
