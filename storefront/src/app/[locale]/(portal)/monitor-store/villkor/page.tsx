import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { requireArea } from "@/modules/common/require-area"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "terms" })
  return { title: t("title") }
}

const SECTIONS = ["delivery", "licenses", "prices", "invoice", "yearly"] as const

/** The purchase terms "Jag godkänner villkoren" links to. */
export default async function TermsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  if (!(await requireArea("store"))) return null
  const t = await getTranslations("terms")
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`terms-${section}`}>
          <h2 id={`terms-${section}`}>{t(`sections.${section}.title`)}</h2>
          <p>{t(`sections.${section}.body`)}</p>
        </section>
      ))}
      <p>
        <Link href="/monitor-store">{t("back")}</Link>
      </p>
    </article>
  )
}
