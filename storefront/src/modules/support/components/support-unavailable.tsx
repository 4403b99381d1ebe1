import { getTranslations } from "next-intl/server"

/**
 * Support (or the agreements) cannot be reached: said plainly on the page, while the navigation and
 * every other area keep working (the portal's own BackendUnavailable says the whole portal is down).
 */
export async function SupportUnavailable({ what = "support" }: { what?: "support" | "agreements" }) {
  const t = await getTranslations(what === "support" ? "support" : "agreements")
  return (
    <div className="card notice notice--warning" role="alert">
      <h2>{t("unavailableTitle")}</h2>
      <p>{t("unavailableBody")}</p>
    </div>
  )
}
