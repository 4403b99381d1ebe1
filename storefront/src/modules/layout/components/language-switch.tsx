"use client"

import { useEffect, useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

const LANGUAGES = [
  { locale: "sv", name: "Svenska" },
  { locale: "en", name: "English" },
] as const

export function LanguageSwitch() {
  const t = useTranslations("common")
  const current = useLocale()
  const pathname = usePathname()
  // The page's query goes along (e.g. the token of an e-mailed link, which always opens in Swedish).
  // Read after hydration: useSearchParams would need a Suspense boundary on every static page.
  const [search, setSearch] = useState("")
  useEffect(() => {
    setSearch(window.location.search)
  }, [pathname])
  return (
    <nav aria-label={t("languageSwitchLabel")} className="language-switch">
      <ul>
        {LANGUAGES.map(({ locale, name }) => (
          <li key={locale}>
            <Link
              href={`${pathname}${search}`}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
