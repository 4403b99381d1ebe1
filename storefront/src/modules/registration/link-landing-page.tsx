import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { LinkLanding } from "@/modules/registration/components/link-landing"

/**
 * The page a registration or invitation link opens (/{locale}/registrera?token=… and
 * /{locale}/inbjudan?token=…): the same page, told which kind of link it serves.
 */
export function linkLandingPage(kind: "registration" | "invitation") {
  async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params
    const t = await getTranslations({ locale, namespace: "register" })
    return { title: t("title"), robots: { index: false } }
  }

  async function Page({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
    const { locale } = await params
    setRequestLocale(locale)
    const { token } = await searchParams
    return <LinkLanding kind={kind} token={token} locale={locale} />
  }

  return { generateMetadata, Page }
}
