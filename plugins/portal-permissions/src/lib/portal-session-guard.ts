import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PortalError, sendPortalError, unauthorized } from "@mymonitor/portal-security/lib/portal-errors"
import { isSessionLive, portalSessionOf, type PortalStage, staffContextOf } from "./portal-session"
import { assertStoreRouteArea } from "./store-route-areas"

/**
 * The one gate in front of every customer-facing route (`/store/*`, `/auth/*`).
 * Which session each path needs is data, checked top to bottom; the first rule
 * whose pattern (and method) matches decides.
 *
 *   public            — anyone (the rate limits and the handler do the rest)
 *   stages            — a portal session in one of these stages
 *   closed_to_customers — core routes that would bypass mandatory 2FA for a
 *                         customer (self-registration, core login, core MFA
 *                         enrolment, token refresh, cookie sessions): refused
 *                         for every customer and anonymous caller, open to
 *                         vendor staff (the Medusa admin uses them)
 */
type SessionRule = { pattern: RegExp; methods?: string[] } & (
  { access: "public" } | { access: "stages"; stages: PortalStage[] } | { access: "closed_to_customers" }
)

export const SESSION_RULES: readonly SessionRule[] = [
  { pattern: /^\/auth\/portal\/login$/, methods: ["POST"], access: "public" },
  { pattern: /^\/auth\/portal\/accounts$/, methods: ["POST"], access: "public" },
  { pattern: /^\/auth\/portal\/password-reset(\/confirm)?$/, methods: ["POST"], access: "public" },
  { pattern: /^\/auth\/portal\/links\/[^/]+\/[^/]+$/, methods: ["GET"], access: "public" },
  { pattern: /^\/auth\/portal\/(session|logout)$/, access: "stages", stages: ["password", "enrolment", "complete"] },
  { pattern: /^\/auth\/portal\/enrolment-code(\/verify)?$/, access: "stages", stages: ["password"] },
  { pattern: /^\/auth\/portal\/mfa\/challenge\/(sms|verify)$/, access: "stages", stages: ["password"] },
  { pattern: /^\/auth\/portal\/mfa\/(totp|sms|factors\/[^/]+\/verify)$/, access: "stages", stages: ["enrolment"] },
  { pattern: /^\/auth\/portal\//, access: "stages", stages: ["complete"] },
  { pattern: /^\/auth\/customer(\/|$)/, access: "closed_to_customers" },
  { pattern: /^\/auth\/(session|token|mfa|verification)(\/|$)/, access: "closed_to_customers" },
  { pattern: /^\/store(\/|$)/, access: "stages", stages: ["complete"] },
]

const closedToCustomers = () =>
  new PortalError(403, "closed", {
    sv: "Den här vägen är stängd för portalens användare. Logga in via portalen.",
    en: "This route is closed to portal users. Log in through the portal.",
  })

/**
 * A session of a real staff account. Auth identities are shared between actor
 * types, so core's staff login also accepts a portal user's password and hands
 * out a `user` token without a staff account behind it. Only an identity that
 * belongs to a staff user is vendor staff; the token of a staff member still in
 * their own 2FA step names no user, so then the identity itself is asked.
 */
async function isVendorStaff(req: MedusaRequest): Promise<boolean> {
  const context = staffContextOf(req)
  if (!context) return false
  if (context.app_metadata?.user_id) return true
  if (!context.auth_identity_id) return false
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(context.auth_identity_id)
    .catch(() => undefined)
  return !!(identity?.app_metadata as Record<string, unknown> | undefined)?.user_id
}

/**
 * The path as the router will match it: Express routes case-insensitively and
 * ignores doubled and trailing slashes, so the rules must see the same path
 * (`/STORE//products/` is `/store/products`) or they could be walked around.
 */
export function pathOf(req: MedusaRequest): string {
  let path = (req.originalUrl ?? req.url).split("?")[0]
  try {
    path = decodeURI(path)
  } catch {
    // A malformed escape: match the raw text; the router will not find a route for it either.
  }
  return (
    path
      .toLowerCase()
      .replace(/\/{2,}/g, "/")
      .replace(/\/+$/, "") || "/"
  )
}

export function ruleFor(method: string, path: string): SessionRule | undefined {
  return SESSION_RULES.find((rule) => rule.pattern.test(path) && (!rule.methods || rule.methods.includes(method)))
}

export async function portalSessionGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = pathOf(req)
  const rule = ruleFor(req.method, path)
  if (!rule || rule.access === "public") return next()
  if (rule.access === "closed_to_customers") {
    // Vendor staff use core auth (the admin's login, MFA and session cookie); customers may not.
    if (path.startsWith("/auth/customer") || !(await isVendorStaff(req))) return sendPortalError(res, closedToCustomers())
    return next()
  }
  const signed = portalSessionOf(req)
  // A signed token counts only while its server-side session does (logout, reset and removal end it).
  const session = signed && (await isSessionLive(req.scope, signed)) ? signed : undefined
  if (!session || !rule.stages.includes(session.portal_stage)) {
    const message =
      session?.portal_stage && session.portal_stage !== "complete"
        ? { sv: "Tvåstegsverifieringen är inte klar.", en: "Two-factor authentication is not complete." }
        : { sv: "Du behöver logga in.", en: "You need to log in." }
    return sendPortalError(res, unauthorized(message, session ? "mfa_required" : "unauthorized"))
  }
  ;(req as any).portalSession = session
  if (session.portal_stage === "complete") (req as any).auth_context = session
  if (path.startsWith("/store")) {
    try {
      await assertStoreRouteArea(req.scope, session.actor_id, req.method, path)
    } catch (error) {
      if (error instanceof PortalError) return sendPortalError(res, error)
      return next(error)
    }
  }
  next()
}
