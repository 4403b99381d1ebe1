import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export type MyPagesTab = "overview" | "orders" | "licenses" | "invoices" | "agreements"

const TABS: {
  key: MyPagesTab
  href: "/mina-sidor" | "/mina-sidor/bestallningar" | "/mina-sidor/licenser" | "/mina-sidor/fakturor" | "/mina-sidor/avtal"
}[] = [
  { key: "overview", href: "/mina-sidor" },
  { key: "orders", href: "/mina-sidor/bestallningar" },
  { key: "licenses", href: "/mina-sidor/licenser" },
  { key: "invoices", href: "/mina-sidor/fakturor" },
  { key: "agreements", href: "/mina-sidor/avtal" },
]

/** The sub-pages of Mina sidor (Offerter come when the backend has them: no link before that). */
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
