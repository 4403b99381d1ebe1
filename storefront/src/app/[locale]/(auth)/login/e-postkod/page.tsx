import { getTranslations } from "next-intl/server"
import { CancelLogin } from "@/modules/auth/components/auth-page"
import { EmailCodeForm } from "@/modules/auth/components/email-code-form"
import { loginStepPage } from "@/modules/auth/login-step-page"
import { StepHeading } from "@/modules/common/components/step-heading"

export const dynamic = "force-dynamic"

/**
 * An account that has no second factor yet (it never finished setting one up): before it may
 * enrol, it proves its address with a code we e-mailed — a password alone cannot claim it.
 */
const { generateMetadata, Page } = loginStepPage({
  step: "email_code",
  title: { namespace: "loginSteps", key: "emailCodeTitle" },
  content: async ({ locale, session }) => {
    const t = await getTranslations("loginSteps")
    return (
      <>
        <StepHeading>{t("emailCodeTitle")}</StepHeading>
        <p className="lead">
          {session?.ok && session.data.email ? t("emailCodeIntro", { email: session.data.email }) : t("emailCodeIntroNoAddress")}
        </p>
        <EmailCodeForm locale={locale} />
        <CancelLogin locale={locale} />
      </>
    )
  },
})

export { generateMetadata }
export default Page
