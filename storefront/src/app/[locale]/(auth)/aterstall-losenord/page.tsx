import { ResetLinkUnusable, ResetPasswordForm } from "@/modules/auth/components/reset-password-form"
import { loginStepPage } from "@/modules/auth/login-step-page"

export const dynamic = "force-dynamic"

/**
 * The reset e-mail's link: /{locale}/aterstall-losenord?token=… The token is only checked when the
 * new password is saved (the backend has no look-up for it); without one, the link is unusable.
 */
const { generateMetadata, Page } = loginStepPage({
  title: { namespace: "passwordReset", key: "resetTitle" },
  noIndex: true,
  content: ({ locale, query }) => {
    const token = query("token")?.trim()
    return token ? <ResetPasswordForm locale={locale} token={token} /> : <ResetLinkUnusable />
  },
})

export { generateMetadata }
export default Page
