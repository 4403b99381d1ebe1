import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { describeLink, type LinkKind } from "@/lib/data/auth"
import { readSessionToken } from "@/lib/session/store"
import { parseAccept } from "@/lib/session/pending"
import { roleMessageKey } from "@/lib/permissions/roles"
import { AuthPage } from "@/modules/auth/components/auth-page"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { linkProblem, type LinkProblem } from "../validation"
import { AcceptLinkForm } from "./accept-link-form"
import { RegisterForm } from "./register-form"

/**
 * The page a registration (ERP) or invitation e-mail links to. A new address registers here
 * ("Registrera konto"); an address that has an account logs in and accepts; an expired or used
 * link says so.
 */
export async function LinkLanding({ kind, token, locale }: { kind: LinkKind; token: string | undefined; locale: string }) {
  const t = await getTranslations("register")
  const tRoles = await getTranslations("roles")
  const link = parseAccept({ kind, token })

  const problemPage = (problem: LinkProblem | "rateLimited") => (
    <AuthPage>
      <h1>{t(`problems.${problem}.title`)}</h1>
      <p role="alert" className="notice notice--warning">
        {t(`problems.${problem}.body`)}
      </p>
      <p>
        <Link href="/login">{t("toLogin")}</Link>
      </p>
    </AuthPage>
  )

  if (!link) return problemPage("invalid")
  const result = await describeLink(link.kind, link.token)
  if (!result.ok) {
    if (result.code === "backend_unavailable") {
      return (
        <AuthPage>
          <BackendUnavailable />
        </AuthPage>
      )
    }
    if (result.code === "rate_limited") return problemPage("rateLimited")
    return problemPage(linkProblem(result.status, result.error?.code))
  }

  const { email, companies, account_exists } = result.data
  const companyList = (
    <ul className="link-companies" aria-label={t("companiesLabel")}>
      {companies.map((company) => (
        <li key={company.id}>
          <strong>{company.name}</strong> – {tRoles(roleMessageKey(company.role))}
        </li>
      ))}
    </ul>
  )
  const intro = kind === "invitation" ? t("invitationIntro", { email }) : t("registrationIntro", { email })

  if (account_exists) {
    const loggedIn = !!(await readSessionToken())
    return (
      <AuthPage wide>
        <h1>{kind === "invitation" ? t("acceptInvitationTitle") : t("acceptRegistrationTitle")}</h1>
        <p className="lead">{intro}</p>
        {companyList}
        <p>{t("accountExists", { email })}</p>
        {loggedIn ? (
          <AcceptLinkForm locale={locale} kind={link.kind} token={link.token} />
        ) : (
          <p>
            <Link href={{ pathname: "/login", query: { accept: `${link.kind}:${link.token}` } }} className="button button--primary">
              {t("logInToAccept")}
            </Link>
          </p>
        )}
      </AuthPage>
    )
  }

  return (
    <AuthPage wide>
      <h1>{t("title")}</h1>
      <p className="lead">{intro}</p>
      {companyList}
      <RegisterForm locale={locale} kind={link.kind} token={link.token} email={email} />
    </AuthPage>
  )
}
