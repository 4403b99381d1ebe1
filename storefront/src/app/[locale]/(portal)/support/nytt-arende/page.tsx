import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { NewTicketForm } from "@/modules/support/components/new-ticket-form"
import { supportContext } from "@/modules/support/support-context"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "support.new" })
  return { title: t("title") }
}

/** Nytt ärende, for one of the companies where the user has Support. */
export default async function NewTicketPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const context = await supportContext(locale)
  if (!context) return null
  const t = await getTranslations("support.new")
  return (
    <>
      <p>
        <Link href="/support">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {context.companies.length === 0 ? (
        <p>{t("noCompanies")}</p>
      ) : (
        // A new key per rendering of the form: every submit of this form is the same ticket.
        <NewTicketForm locale={locale} companies={context.companies.map(({ id, name }) => ({ id, name }))} idempotencyKey={randomUUID()} />
      )}
    </>
  )
}
