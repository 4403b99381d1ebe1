import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureTotpFactor } from "../../src/seed"
import { freshTotpCode, totpStateOf } from "./portal-session"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }> }

const sessions = new WeakMap<MedusaContainer, Map<string, string>>()

/**
 * Logs vendor staff in the way the Medusa admin does — password, then the
 * authenticator-app code, which is mandatory for staff — and returns the token.
 * Gives the account a factor first when it has none. Cached per account and
 * factor, since the replay guard takes each 30-second code once.
 */
export async function completeStaffSession(api: Api, container: MedusaContainer, email: string, password: string): Promise<string> {
  await ensureTotpFactor(container, email)
  const cache = sessions.get(container) ?? new Map<string, string>()
  sessions.set(container, cache)
  const { authIdentityId, secret } = await totpStateOf(container, email)
  const cached = cache.get(`${email}:${authIdentityId}`)
  if (cached) return cached
  const login = await api.post("/auth/user/emailpass", { email, password }, { validateStatus: () => true })
  if (!login.data?.mfa_challenge)
    throw new Error(`${email}: expected a staff MFA challenge, got ${login.status} ${JSON.stringify(login.data)}`)
  const { lastTimeStep } = await totpStateOf(container, email)
  const verified = await api.post(
    `/auth/mfa/challenges/${login.data.mfa_challenge.id}/verify`,
    { method: "totp", code: await freshTotpCode(secret, lastTimeStep) },
    { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true }
  )
  if (verified.status !== 200) throw new Error(`${email}: staff MFA verify answered ${verified.status} ${JSON.stringify(verified.data)}`)
  cache.set(`${email}:${authIdentityId}`, verified.data.token)
  return verified.data.token
}
