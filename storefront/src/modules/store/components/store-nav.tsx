import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** The sub-pages of Monitor Store: the catalog and the cart (with its number of items). */
export async function StoreNav({
  current,
  companyId,
  itemCount,
}: {
  current: "catalog" | "cart" | "checkout" | "none"
  companyId: string
  itemCount: number | undefined
}) {
  const t = await getTranslations("store")
  const query = { company: companyId }
  return (
    <nav aria-label={t("subNavLabel")} className="sub-nav">
      <ul>
        <li>
          <Link href={{ pathname: "/monitor-store", query }} aria-current={current === "catalog" ? "page" : undefined}>
            {t("catalogTab")}
          </Link>
        </li>
        <li>
          <Link
            href={{ pathname: "/monitor-store/varukorg", query }}
            aria-current={current === "cart" ? "page" : undefined}
            data-testid="cart-link"
          >
            {itemCount === undefined ? t("cartTab") : t("cartTabCount", { count: itemCount })}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
