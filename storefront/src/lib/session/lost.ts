import { redirect } from "@/i18n/navigation"
import type { BackendFailure } from "@/lib/data/backend"
import { clearPending } from "./store"

// A session the backend no longer accepts (expired, ended by logout, a password reset or a removal,
// or a login that took too long): the visitor starts again at "Logga in", which says why. One rule
// and one way back for the login steps, their actions and the portal.

/** The 401s that refuse what was typed, not the session: the visitor corrects it and stays. */
const TYPED_SECRET_REFUSED: readonly (string | undefined)[] = ["invalid_code", "invalid_credentials"]

/** A failed call whose session token the backend no longer accepts. */
export function sessionLost(failure: BackendFailure): boolean {
  return failure.code === "unauthorized" && !TYPED_SECRET_REFUSED.includes(failure.error?.code)
}

/** "Logga in" with the notice that the session has expired (pages, layouts and server actions). */
export function logInAgain(locale: string): never {
  return redirect({ href: { pathname: "/login", query: { reason: "expired" } }, locale })
}

/** The same from a server action of the login steps: the half-finished login is forgotten too (a page cannot write cookies). */
export async function restartLogin(locale: string): Promise<never> {
  await clearPending()
  return logInAgain(locale)
}
