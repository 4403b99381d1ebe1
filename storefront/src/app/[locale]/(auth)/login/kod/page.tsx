import { getTranslations } from "next-intl/server"
import { knownMethods } from "@/lib/session/pending"
import { CancelLogin } from "@/modules/auth/components/auth-page"
import { ChallengeForm } from "@/modules/auth/components/challenge-form"
import { loginStepPage } from "@/modules/auth/login-step-page"
import { StepHeading } from "@/modules/common/components/step-heading"

export const dynamic = "force-dynamic"

/** Step 2 of a login with a factor: the six-digit code (or SMS, or a recovery code). */
const { generateMetadata, Page } = loginStepPage({
  step: "challenge",
  title: { namespace: "loginSteps", key: "challengeTitle" },
  content: async ({ locale, pending, session }) => {
    const methods = pending?.methods?.length ? pending.methods : knownMethods(session?.ok ? session.data.methods : undefined)
    const t = await getTranslations("loginSteps")
    return (
      <>
        <StepHeading>{t("challengeTitle")}</StepHeading>
        <p className="lead">{methods.includes("totp") ? t("challengeIntro") : t("challengeIntroSms")}</p>
        <ChallengeForm locale={locale} methods={methods} />
        <CancelLogin locale={locale} />
      </>
    )
  },
})

export { generateMetadata }
export default Page
