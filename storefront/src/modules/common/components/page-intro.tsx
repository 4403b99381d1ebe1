import { getTranslations } from "next-intl/server"

export type PageIntroNamespace = "support" | "myPages" | "store" | "manageUsers"

/** The title and one-line description of a portal area whose content comes later. */
export async function PageIntro({ namespace }: { namespace: PageIntroNamespace }) {
  const t = await getTranslations(namespace)
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
    </>
  )
}
