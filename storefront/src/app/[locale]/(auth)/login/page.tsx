import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { parseAcceptParameter } from "@/lib/session/pending"
import { LoginForm } from "@/modules/auth/components/login-form"
import { loginStepPage } from "@/modules/auth/login-step-page"

export const dynamic = "force-dynamic"

/**
 * Step 1 of the login: e-mail and password. `accept=<kind>:<token>` comes from a registration or
 * invitation link of an existing account: the link is accepted once the login is complete.
 */
const { generateMetadata, Page } = loginStepPage({
  title: { namespace: "login", key: "title" },
  content: async ({ locale, query }) => {
    const link = parseAcceptParameter(query("accept"))
    const t = await getTranslations("login")
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
        {query("reason") === "expired" ? (
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
      </>
    )
  },
})

export { generateMetadata }
export default Page
