import { getTranslations } from "next-intl/server"

export default async function PortalLoading() {
  const t = await getTranslations()
  return (
    <p className="loading" role="status" aria-live="polite">
      {t("loading")}
    </p>
  )
}
