import { cookies } from "next/headers"
import { clearedSessionCookieOptions, SESSION_COOKIE, sessionCookieOptions } from "./cookie"
import { decodePending, encodePending, PENDING_COOKIE, type PendingLogin } from "./pending"

// Reading and writing the two httpOnly cookies (server actions and server components only).

export async function readPending(): Promise<PendingLogin | undefined> {
  return decodePending((await cookies()).get(PENDING_COOKIE)?.value)
}

export async function writePending(pending: PendingLogin): Promise<void> {
  const store = await cookies()
  store.set(PENDING_COOKIE, encodePending(pending), sessionCookieOptions(pending.token, process.env.PORTAL_URL))
}

export async function clearPending(): Promise<void> {
  ;(await cookies()).set(PENDING_COOKIE, "", clearedSessionCookieOptions(process.env.PORTAL_URL))
}

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined
}

/** A complete session: into the session cookie, and the pending one is gone. */
export async function startSession(token: string): Promise<void> {
  const store = await cookies()
  store.set(SESSION_COOKIE, token, sessionCookieOptions(token, process.env.PORTAL_URL))
  store.set(PENDING_COOKIE, "", clearedSessionCookieOptions(process.env.PORTAL_URL))
}

export async function endSession(): Promise<void> {
  const store = await cookies()
  store.set(SESSION_COOKIE, "", clearedSessionCookieOptions(process.env.PORTAL_URL))
  store.set(PENDING_COOKIE, "", clearedSessionCookieOptions(process.env.PORTAL_URL))
}
