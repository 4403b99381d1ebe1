import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { parseAcceptParameter } from "@/lib/session/pending"
import { AuthPage } from "@/modules/auth/components/auth-page"
import { LoginForm } from "@/modules/auth/components/login-form"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "login" })
  return { title: t("title") }
}

/**
 * Step 1 of the login: e-mail and password. `accept=<kind>:<token>` comes from a registration or
 * invitation link of an existing account: the link is accepted once the login is complete.
 */
export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ reason?: string; accept?: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const { reason, accept } = await searchParams
  const link = parseAcceptParameter(accept)
  const t = await getTranslations("login")

  return (
    <AuthPage>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {reason === "expired" ? (
        <p className="notice" role="status">
          {t("sessionExpired")}
        </p>
      ) : null}
      {link ? (
        <p className="notice" role="status">
          {link.kind === "invitation" ? t("acceptInvitation") : t("acceptRegistration")}
        </p>
      ) : null}
      <LoginForm locale={locale} accept={link ? `${link.kind}:${link.token}` : undefined} />
      <p className="auth-links">
        <Link href="/glomt-losenord">{t("forgotPassword")}</Link>
      </p>
    </AuthPage>
  )
}
