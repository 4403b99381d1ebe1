import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { retrieveSessionInfo } from "@/lib/data/auth"
import { STEP_PATHS, stepForStage } from "@/lib/session/pending"
import { readPending } from "@/lib/session/store"
import { AuthPage, CancelLogin } from "@/modules/auth/components/auth-page"
import { EmailCodeForm } from "@/modules/auth/components/email-code-form"
import { StepHeading } from "@/modules/common/components/step-heading"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "loginSteps" })
  return { title: t("emailCodeTitle") }
}

/**
 * An account that has no second factor yet (it never finished setting one up): before it may
 * enrol, it proves its address with a code we e-mailed — a password alone cannot claim it.
 */
export default async function EmailCodePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const pending = await readPending()
  if (!pending) return redirect({ href: "/login", locale })
  if (pending.step !== "email_code") return redirect({ href: STEP_PATHS[pending.step], locale })

  const info = await retrieveSessionInfo(pending.token)
  if (!info.ok && info.code === "unauthorized") return redirect({ href: { pathname: "/login", query: { reason: "expired" } }, locale })
  if (info.ok) {
    const step = stepForStage(info.data.stage, info.data.methods, pending.step)
    if (step === "done") return redirect({ href: "/", locale })
    if (step && step !== "email_code") return redirect({ href: STEP_PATHS[step], locale })
  }
  const t = await getTranslations("loginSteps")

  return (
    <AuthPage>
      <StepHeading>{t("emailCodeTitle")}</StepHeading>
      <p className="lead">{info.ok && info.data.email ? t("emailCodeIntro", { email: info.data.email }) : t("emailCodeIntroNoAddress")}</p>
      <EmailCodeForm locale={locale} />
      <CancelLogin locale={locale} />
    </AuthPage>
  )
}
