import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { retrieveSessionInfo } from "@/lib/data/auth"
import { STEP_PATHS, stepForStage } from "@/lib/session/pending"
import { readPending, readSessionToken } from "@/lib/session/store"
import { AuthPage } from "@/modules/auth/components/auth-page"
import { SetupFlow } from "@/modules/auth/components/setup-flow"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "setup" })
  return { title: t("title") }
}

/** First login (after registration, or after the e-mail code): set up the second factor. */
export default async function SetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const pending = await readPending()
  // The last step completes the session and shows the recovery codes on this same page.
  const completed = !pending && !!(await readSessionToken())
  if (!pending && !completed) return redirect({ href: "/login", locale })
  if (pending && pending.step !== "setup") return redirect({ href: STEP_PATHS[pending.step], locale })

  if (pending && !pending.factor) {
    const info = await retrieveSessionInfo(pending.token)
    if (!info.ok && info.code === "unauthorized") return redirect({ href: { pathname: "/login", query: { reason: "expired" } }, locale })
    if (info.ok) {
      const step = stepForStage(info.data.stage, info.data.methods, pending.step)
      if (step === "done") return redirect({ href: "/", locale })
      if (step && step !== "setup") return redirect({ href: STEP_PATHS[step], locale })
    }
  }

  return (
    <AuthPage>
      <SetupFlow locale={locale} completed={completed} />
    </AuthPage>
  )
}
