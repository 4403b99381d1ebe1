"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import type { PortalSection } from "@/lib/permissions/areas"

export function MainNav({ sections }: { sections: readonly Pick<PortalSection, "key" | "href">[] }) {
  const t = useTranslations("nav")
  const pathname = usePathname()
  return (
    <nav aria-label={t("label")} className="main-nav">
      <ul>
        {sections.map(({ key, href }) => {
          const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`)
          return (
            <li key={key}>
              <Link href={href} aria-current={current ? "page" : undefined}>
                {t(key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
