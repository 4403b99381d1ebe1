import { ForgotPasswordForm } from "@/modules/auth/components/forgot-password-form"
import { loginStepPage } from "@/modules/auth/login-step-page"

export const dynamic = "force-dynamic"

/** "Glömt lösenord": /{locale}/glomt-losenord — the backend e-mails a link to /aterstall-losenord. */
const { generateMetadata, Page } = loginStepPage({
  title: { namespace: "passwordReset", key: "forgotTitle" },
  content: ({ locale }) => <ForgotPasswordForm locale={locale} />,
})

export { generateMetadata }
export default Page
