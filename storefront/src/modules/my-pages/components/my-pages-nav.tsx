import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export type MyPagesTab = "overview" | "orders" | "quotes" | "licenses" | "invoices" | "agreements"

const TABS: {
  key: MyPagesTab
  href:
    | "/mina-sidor"
    | "/mina-sidor/bestallningar"
    | "/mina-sidor/offerter"
    | "/mina-sidor/licenser"
    | "/mina-sidor/fakturor"
    | "/mina-sidor/avtal"
}[] = [
  { key: "overview", href: "/mina-sidor" },
  { key: "orders", href: "/mina-sidor/bestallningar" },
  { key: "quotes", href: "/mina-sidor/offerter" },
  { key: "licenses", href: "/mina-sidor/licenser" },
  { key: "invoices", href: "/mina-sidor/fakturor" },
  { key: "agreements", href: "/mina-sidor/avtal" },
]

/** The sub-pages of Mina sidor (every one needs the "my_pages" area, which the pages check themselves). */
export async function MyPagesNav({ current }: { current: MyPagesTab }) {
  const t = await getTranslations("myPages")
  return (
    <nav aria-label={t("subNavLabel")} className="sub-nav">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={current === tab.key ? "page" : undefined}>
              {t(`tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
