import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { retrieveSessionInfo } from "@/lib/data/auth"
import { knownMethods, STEP_PATHS, stepForStage } from "@/lib/session/pending"
import { readPending } from "@/lib/session/store"
import { ChallengeForm } from "@/modules/auth/components/challenge-form"
import { AuthPage, CancelLogin } from "@/modules/auth/components/auth-page"
import { StepHeading } from "@/modules/common/components/step-heading"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "loginSteps" })
  return { title: t("challengeTitle") }
}

/** Step 2 of a login with a factor: the six-digit code (or SMS, or a recovery code). */
export default async function ChallengePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const pending = await readPending()
  if (!pending) return redirect({ href: "/login", locale })
  if (pending.step !== "challenge") return redirect({ href: STEP_PATHS[pending.step], locale })

  const info = await retrieveSessionInfo(pending.token)
  if (!info.ok && info.code === "unauthorized") return redirect({ href: { pathname: "/login", query: { reason: "expired" } }, locale })
  if (info.ok) {
    const step = stepForStage(info.data.stage, info.data.methods, pending.step)
    if (step === "done") return redirect({ href: "/", locale })
    if (step && step !== "challenge") return redirect({ href: STEP_PATHS[step], locale })
  }
  const methods = pending.methods?.length ? pending.methods : knownMethods(info.ok ? info.data.methods : undefined)
  const t = await getTranslations("loginSteps")

  return (
    <AuthPage>
      <StepHeading>{t("challengeTitle")}</StepHeading>
      <p className="lead">{methods.includes("totp") ? t("challengeIntro") : t("challengeIntroSms")}</p>
      <ChallengeForm locale={locale} methods={methods} />
      <CancelLogin locale={locale} />
    </AuthPage>
  )
}
