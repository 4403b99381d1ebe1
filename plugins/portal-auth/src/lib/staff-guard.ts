import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditRequest } from "@mymonitor/audit-log/lib/audit"
import { clientAddress } from "@mymonitor/common/lib/client-address"
import type { LocalizedMessage } from "@mymonitor/common/lib/portal-errors"
import { consumeRateLimit, resetRateLimit } from "@mymonitor/common/lib/rate-limits"
import { spendPasswordHashWork } from "../providers/emailpass/service"
import { staffContextOf } from "@mymonitor/portal-permissions/lib/portal-session"
import { pathOf } from "@mymonitor/portal-permissions/lib/access-gate"

/**
 * Vendor staff sign in to the Medusa admin through core's `/auth/user/*` routes
 * and then use `/admin/*`. These guards put the portal's rules in front of them:
 * rate limits, no open registration, no password oracle for portal accounts, and
 * a mandatory second factor. The admin reads `message` as one string, so staff
 * answers use Medusa's own error shape `{ type, message }`: our own `{ sv, en }`
 * messages become one line there (English first, as the admin's own texts), and
 * answers that must read exactly like core's keep core's English wording.
 */
function refuse(res: MedusaResponse, status: number, type: string, message: string | LocalizedMessage, retryAfterSeconds?: number) {
  if (retryAfterSeconds) res.setHeader("Retry-After", String(Math.max(1, Math.ceil(retryAfterSeconds))))
  res.status(status).json({ type, message: typeof message === "string" ? message : `${message.en} / ${message.sv}` })
}

const TOO_MANY: LocalizedMessage = {
  sv: "För många försök. Vänta en stund och försök igen.",
  en: "Too many attempts. Wait a while and try again.",
}

async function staffIdentity(req: MedusaRequest, email: string) {
  const auth = req.scope.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { relations: ["auth_identity"] })
  const identity = (provider as unknown as { auth_identity?: { id: string; app_metadata?: Record<string, unknown> | null } } | undefined)
    ?.auth_identity
  return { exists: !!provider, isStaff: !!identity?.app_metadata?.user_id, identityId: identity?.id }
}

async function hasPendingInvite(req: MedusaRequest, email: string): Promise<boolean> {
  const invites = await req.scope.resolve(Modules.USER).listInvites({ email }, { select: ["id", "accepted", "expires_at"] })
  return invites.some((invite) => !invite.accepted && new Date(invite.expires_at as unknown as string).getTime() > Date.now())
}

/** Front of every `/auth/user/*` route and of core's MFA challenge verify. */
export async function staffAuthGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = pathOf(req)
  if (req.method !== "POST") return next()
  const address = clientAddress(req)
  const body = (req.body ?? {}) as Record<string, unknown>
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""

  if (path === "/auth/user/emailpass/register") {
    const decision = await consumeRateLimit("registration_ip", address)
    if (!decision.allowed) return refuse(res, 429, "not_allowed", TOO_MANY, decision.retryAfterSeconds)
    // Staff accounts come from an invitation (the admin's invite page registers, then accepts).
    if (!email || !(await hasPendingInvite(req, email))) {
      return refuse(res, 403, "not_allowed", "Staff accounts are created by invitation only.")
    }
    return next()
  }

  if (path === "/auth/user/emailpass") {
    for (const [name, key] of [
      ["login_ip", address],
      ["login", `staff|${address}|${email}`],
      ["login_account", `staff|${email}`],
    ] as const) {
      const decision = await consumeRateLimit(name, key)
      if (!decision.allowed) return refuse(res, 429, "not_allowed", TOO_MANY, decision.retryAfterSeconds)
    }
    const identity = email ? await staffIdentity(req, email) : undefined
    if (identity?.exists && !identity.isStaff) {
      // A portal account's password is never confirmed here: answered as an unknown address, after the same hash work.
      await spendPasswordHashWork(typeof body.password === "string" ? body.password : "")
      await auditRequest(req, { action: "auth.staff_login_failed", actor_type: "anonymous", actor_email: email })
      return refuse(res, 401, "unauthorized", "Invalid email or password")
    }
    res.on("finish", () => {
      if (res.statusCode === 200) void resetRateLimit("login", `staff|${address}|${email}`)
      else if (res.statusCode === 401)
        void auditRequest(req, { action: "auth.staff_login_failed", actor_type: "anonymous", actor_email: email }).catch(() => undefined)
    })
    return next()
  }

  if (/^\/auth\/user\/[^/]+\/reset-password$/.test(path)) {
    const decision = await consumeRateLimit("password_reset_ip", address)
    if (!decision.allowed) return refuse(res, 429, "not_allowed", TOO_MANY, decision.retryAfterSeconds)
    return next()
  }

  if (/^\/auth\/mfa\/challenges\/[^/]+\/verify$/.test(path)) {
    const context = staffContextOf(req)
    for (const [name, key] of [
      ["mfa_ip", address],
      ["mfa", context?.auth_identity_id ?? address],
    ] as const) {
      const decision = await consumeRateLimit(name, key)
      if (!decision.allowed) return refuse(res, 429, "not_allowed", TOO_MANY, decision.retryAfterSeconds)
    }
  }
  return next()
}

/**
 * What a staff member without a second factor may still reach: accepting their
 * invitation, who they are and the store's settings, which the admin loads around
 * its profile page, where the authenticator app is set up (`/auth/mfa/factors`,
 * outside `/admin`).
 */
const ENROLMENT_ROUTES: readonly { method: string; pattern: RegExp }[] = [
  // An invited person's new account becomes a staff user here, before any factor can exist.
  { method: "POST", pattern: /^\/admin\/invites\/accept$/ },
  { method: "GET", pattern: /^\/admin\/users\/me$/ },
  { method: "GET", pattern: /^\/admin\/stores(\/[^/]+)?$/ },
  { method: "GET", pattern: /^\/admin\/feature-flags$/ },
  { method: "GET", pattern: /^\/admin\/views\// },
  { method: "GET", pattern: /^\/admin\/notifications$/ },
  { method: "GET", pattern: /^\/admin\/locales$/ },
]

export const STAFF_ENROLMENT_REQUIRED: LocalizedMessage = {
  sv: "Tvåstegsverifiering krävs: ställ in en autentiseringsapp under Inställningar → Profil och logga sedan in igen.",
  en: "Two-factor authentication is required: set up an authenticator app under Settings → Profile, then log in again.",
}

/**
 * The second factor is mandatory for vendor staff. A staff session of an account
 * with a factor must have passed its challenge (also a session from before the
 * factor was set up: it logs in again); an account without one may only set one up.
 */
export async function staffMfaGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const context = staffContextOf(req)
  if (!context?.auth_identity_id) return next() // anonymous or a secret API key: core's authenticate decides
  const factors = await req.scope
    .resolve(Modules.AUTH)
    .listAuthMfa({ auth_identity_id: context.auth_identity_id, status: "enabled" }, { select: ["id"] })
  if (factors.length) {
    if (!context.mfa_challenge_completed_at)
      return refuse(res, 401, "unauthorized", "MFA verification is required to complete this request")
    return next()
  }
  const path = pathOf(req)
  if (ENROLMENT_ROUTES.some((route) => route.method === req.method && route.pattern.test(path))) return next()
  return refuse(res, 403, "not_allowed", STAFF_ENROLMENT_REQUIRED)
}
