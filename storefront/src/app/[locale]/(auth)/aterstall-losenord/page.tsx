import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthPage } from "@/modules/auth/components/auth-page"
import { ResetLinkUnusable, ResetPasswordForm } from "@/modules/auth/components/reset-password-form"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "passwordReset" })
  return { title: t("resetTitle"), robots: { index: false } }
}

/**
 * The reset e-mail's link: /{locale}/aterstall-losenord?token=… The token is only checked when the
 * new password is saved (the backend has no look-up for it); without one, the link is unusable.
 */
export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const { token } = await searchParams
  const value = typeof token === "string" ? token.trim() : ""
  return <AuthPage>{value ? <ResetPasswordForm locale={locale} token={value} /> : <ResetLinkUnusable />}</AuthPage>
}
