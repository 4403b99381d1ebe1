import { getTranslations } from "next-intl/server"

export async function BackendUnavailable() {
  const t = await getTranslations("common")
  return (
    <div className="card" role="alert">
      <h1>{t("backendUnavailableTitle")}</h1>
      <p>{t("backendUnavailableBody")}</p>
    </div>
  )
}
