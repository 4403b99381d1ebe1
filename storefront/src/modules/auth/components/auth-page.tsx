import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { SiteHeader } from "@/modules/layout/components/site-header"
import { cancelLogin } from "../actions"

/** The frame of the pages before a complete session: header without navigation, one card. */
export function AuthPage({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className={wide ? "page page--medium" : "page page--narrow"}>
        <div className="card">{children}</div>
      </main>
    </>
  )
}

/** "Avbryt inloggningen": forgets the half-finished login and returns to "Log in". */
export async function CancelLogin({ locale }: { locale: string }) {
  const t = await getTranslations("loginSteps")
  return (
    <form action={cancelLogin} className="step__cancel">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="link-button">
        {t("cancel")}
      </button>
    </form>
  )
}
