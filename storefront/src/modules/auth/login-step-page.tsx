import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { retrieveSessionInfo, type SessionInfo } from "@/lib/data/auth"
import type { BackendResult } from "@/lib/data/backend"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { STEP_PATHS, stepForStage, type LoginStep, type PendingLogin } from "@/lib/session/pending"
import { readPending, readSessionToken } from "@/lib/session/store"
import { AuthPage } from "./components/auth-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export interface LoginStepContext {
  locale: string
  /** A query parameter given once (a repeated one counts as missing). */
  query: (name: string) => string | undefined
  /** The login in progress. Always there on a step's page, except on the page that shows the completed login. */
  pending?: PendingLogin
  /** Where the backend says the pending login stands, when it was asked. */
  session?: BackendResult<SessionInfo>
}

export interface LoginStepPageOptions {
  /** The page's title: a key in one of the flow's message namespaces. */
  title: { namespace: "login" | "loginSteps" | "setup" | "passwordReset"; key: string }
  /** Keep the page out of search engines (pages opened from an e-mailed link). */
  noIndex?: boolean
  /**
   * The step of a login in progress this page serves: a visitor without one starts at "Logga in",
   * one at another step (here or, as the backend says, already further) goes there. Without a
   * step the page is open to every visitor (the password step, "Glömt lösenord").
   */
  step?: LoginStep
  /** The step's last action completes the session and shows its outcome on this same page (also after a reload). */
  showsCompletedLogin?: boolean
  /** Whether to ask the backend where the pending login stands (default: always). */
  asksBackend?: (pending: PendingLogin) => boolean
  /** The page's content inside the auth frame. */
  content: (context: LoginStepContext) => ReactNode | Promise<ReactNode>
}

/**
 * A page of the login flow (/{locale}/login and its steps, and the forgotten-password pages beside
 * it): the title, the locale, the step guard and the auth frame, so that each page only says what
 * it shows.
 */
export function loginStepPage(options: LoginStepPageOptions) {
  async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
    const { locale } = await params
    const t = await getTranslations({ locale, namespace: options.title.namespace })
    return { title: t(options.title.key), ...(options.noIndex ? { robots: { index: false } } : {}) }
  }

  async function Page({ params, searchParams }: Props) {
    const { locale } = await params
    setRequestLocale(locale)
    const parameters = await searchParams
    const query = (name: string) => {
      const value = parameters[name]
      return typeof value === "string" ? value : undefined
    }
    const login = options.step ? await followLogin(options.step, locale, options) : {}
    return <AuthPage>{await options.content({ locale, query, ...login })}</AuthPage>
  }

  return { generateMetadata, Page }
}

/** The step guard: the pending login of this step, and what the backend says of it; else a redirect. */
async function followLogin(
  step: LoginStep,
  locale: string,
  { showsCompletedLogin, asksBackend }: LoginStepPageOptions
): Promise<Pick<LoginStepContext, "pending" | "session">> {
  const pending = await readPending()
  if (!pending) {
    if (showsCompletedLogin && (await readSessionToken())) return {}
    return redirect({ href: "/login", locale })
  }
  if (pending.step !== step) return redirect({ href: STEP_PATHS[pending.step], locale })
  if (asksBackend && !asksBackend(pending)) return { pending }

  const session = await retrieveSessionInfo(pending.token)
  if (!session.ok && sessionLost(session)) return logInAgain(locale)
  if (session.ok) {
    const next = stepForStage(session.data.stage, session.data.methods, pending.step)
    if (next === "done") return redirect({ href: "/", locale })
    if (next && next !== step) return redirect({ href: STEP_PATHS[next], locale })
  }
  return { pending, session }
}
