import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** "Föregående sida · Sida 2 av 7 · Nästa sida" under a list; links keep the list's filter. */
export async function Pagination({
  namespace,
  pathname,
  page,
  pages,
  queryFor,
}: {
  namespace: "support" | "agreements"
  pathname: "/support" | "/mina-sidor/avtal"
  /** 0-based. */
  page: number
  pages: number
  queryFor: (pageNumber: number) => Record<string, string>
}) {
  const t = await getTranslations(namespace)
  if (pages <= 1) return null
  return (
    <nav aria-label={t("pagination")} className="pagination">
      {page > 0 ? <Link href={{ pathname, query: queryFor(page) }}>{t("previous")}</Link> : null}
      <span>{t("pageOf", { page: page + 1, pages })}</span>
      {page + 1 < pages ? <Link href={{ pathname, query: queryFor(page + 2) }}>{t("next")}</Link> : null}
    </nav>
  )
}
