import type { ReactNode } from "react"
import { setRequestLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { customerDisplayName } from "@/lib/data/customer"
import { getPortalSession } from "@/lib/data/session"
import { logInAgain } from "@/lib/session/lost"
import { STEP_PATHS, tokenStage } from "@/lib/session/pending"
import { readPending, readSessionToken } from "@/lib/session/store"
import { navigationFor, USER_MANAGEMENT_AREA } from "@/lib/permissions/areas"
import { BackendUnavailable } from "@/modules/common/components/backend-unavailable"
import { MainNav } from "@/modules/layout/components/main-nav"
import { SiteHeader } from "@/modules/layout/components/site-header"
import { UserMenu } from "@/modules/layout/components/user-menu"

// Every portal page depends on the session cookie and the backend: never prerender at build time.
export const dynamic = "force-dynamic"

export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  // Only a complete session (a second factor passed) is logged in; a login that stopped half-way
  // continues at its step.
  const token = await readSessionToken()
  const stage = token ? tokenStage(token) : undefined
  if (!token || (stage !== undefined && stage !== "complete")) {
    const pending = await readPending()
    return redirect({ href: pending ? STEP_PATHS[pending.step] : "/login", locale })
  }
  const session = await getPortalSession()

  if (session.status === "unauthenticated") {
    // The cookie exists (the proxy checked) but the backend no longer accepts its token.
    return logInAgain(locale)
  }
  if (session.status === "backend_unavailable") {
    return (
      <>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="page">
          <BackendUnavailable />
        </main>
      </>
    )
  }

  const sections = navigationFor(session.areas).map(({ key, href }) => ({ key, href }))
  return (
    <>
      <SiteHeader
        navigation={<MainNav sections={sections} />}
        tools={<UserMenu name={customerDisplayName(session.customer)} canManageUsers={session.areas.has(USER_MANAGEMENT_AREA)} />}
      />
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
    </>
  )
}
