import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openSecret } from "@mymonitor/common/lib/secret-box"
import { totpAfter } from "../../../test-support/totp"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }> }

/** The TOTP secret and last used time step of an account's app factor, read as the app would know it. */
export async function totpStateOf(container: MedusaContainer, email: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await knex("auth_mfa_factor as f")
    .join("provider_identity as p", "p.auth_identity_id", "f.auth_identity_id")
    .where({ "p.entity_id": email.toLowerCase(), "p.provider": "emailpass", "f.provider": "totp", "f.status": "enabled" })
    .whereNull("f.deleted_at")
    .first("f.provider_metadata", "f.auth_identity_id")
  if (!row) throw new Error(`${email} has no enabled authenticator-app factor: give it one with ensureTotpFactor (src/seed)`)
  const metadata = typeof row.provider_metadata === "string" ? JSON.parse(row.provider_metadata) : row.provider_metadata
  return {
    authIdentityId: row.auth_identity_id as string,
    secret: openSecret(metadata.sealed_secret, "MFA_ENCRYPTION_KEY"),
    lastTimeStep: metadata.last_time_step as number | null,
  }
}

/** A code the replay guard will accept: waits for the next time step when the current one is spent. */
export async function freshTotpCode(secret: string, lastTimeStep: number | null): Promise<string> {
  return (await totpAfter(secret, lastTimeStep)).code
}

const sessions = new WeakMap<MedusaContainer, Map<string, string>>()

/**
 * Logs in the way the portal does — password, then the app code — and returns
 * the complete session's token. Cached per account and factor: a second login in
 * the same 30-second step would (rightly) be refused as a replayed code.
 */
export async function completePortalSession(api: Api, container: MedusaContainer, email: string, password: string): Promise<string> {
  const cache = sessions.get(container) ?? new Map<string, string>()
  sessions.set(container, cache)
  const { authIdentityId, secret } = await totpStateOf(container, email)
  const cached = cache.get(`${email}:${authIdentityId}`)
  if (cached) return cached
  const { data: login } = await api.post("/auth/portal/login", { email, password })
  if (login.next !== "mfa_challenge") throw new Error(`${email}: expected an MFA challenge, got ${JSON.stringify(login)}`)
  const { lastTimeStep } = await totpStateOf(container, email)
  const code = await freshTotpCode(secret, lastTimeStep)
  const { data } = await api.post(
    "/auth/portal/mfa/challenge/verify",
    { method: "totp", code },
    { headers: { authorization: `Bearer ${login.token}` } }
  )
  cache.set(`${email}:${authIdentityId}`, data.token)
  return data.token
}
