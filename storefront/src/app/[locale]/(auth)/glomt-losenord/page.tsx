import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthPage } from "@/modules/auth/components/auth-page"
import { ForgotPasswordForm } from "@/modules/auth/components/forgot-password-form"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "passwordReset" })
  return { title: t("forgotTitle") }
}

/** "Glömt lösenord": /{locale}/glomt-losenord — the backend e-mails a link to /aterstall-losenord. */
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return (
    <AuthPage>
      <ForgotPasswordForm locale={locale} />
    </AuthPage>
  )
}
