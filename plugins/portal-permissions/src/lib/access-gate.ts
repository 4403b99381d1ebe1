import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { forbidden, notFound, PortalError, sendPortalError, unauthorized } from "@mymonitor/common/lib/portal-errors"
import { type Access, accessOf } from "./access"
import { type ActiveMembership, membershipSource } from "./membership-source"
import { isSessionLive, type PortalSession, portalSessionOf, type PortalStage, staffContextOf } from "./portal-session"
import { type PortalArea, roleGrantsArea } from "./role-areas"

/** What the gate leaves on the request for the handler. */
export type GatedRequest = MedusaRequest & {
  portalSession?: PortalSession
  companyMembership?: ActiveMembership
  /** All the caller's active memberships, when the gate read them (an `area` route without a company in its path). */
  activeMemberships?: ActiveMembership[]
}

const COMPANY_ID_PATTERN = /^comp_[0-9A-Z]{26}$/

const companyNotFound = () => notFound({ sv: "Företaget hittades inte.", en: "Company not found." })
const undeclared = () => notFound({ sv: "Sidan finns inte.", en: "Not found." })

/**
 * The path as the router will match it: Express ignores doubled and trailing
 * slashes, so the gate must see the same path (`/store//products/` is
 * `/store/products`) or it could be walked around. Case is kept for the ids in it;
 * the declarations match case-insensitively, as Express does.
 */
export function normalizedPathOf(req: MedusaRequest): string {
  let path = (req.originalUrl ?? req.url).split("?")[0]
  try {
    path = decodeURI(path)
  } catch {
    // A malformed escape: match the raw text; the router will not find a route for it either.
  }
  return path.replace(/\/{2,}/g, "/").replace(/\/+$/, "") || "/"
}

/** The normalised path in lower case, for comparisons with literal paths. */
export function pathOf(req: MedusaRequest): string {
  return normalizedPathOf(req).toLowerCase()
}

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

function stagesOf(access: Access): readonly PortalStage[] {
  return access.kind === "stages" ? access.stages : ["complete"]
}

/** The live portal session of the request in one of the stages, or the refusal (401). */
async function sessionFor(req: MedusaRequest, stages: readonly PortalStage[]): Promise<PortalSession | PortalError> {
  const signed = portalSessionOf(req)
  // A signed token counts only while its server-side session does (logout, reset and removal end it).
  const session = signed && (await isSessionLive(req.scope, signed)) ? signed : undefined
  if (session && stages.includes(session.portal_stage)) return session
  const message =
    session?.portal_stage && session.portal_stage !== "complete"
      ? { sv: "Tvåstegsverifieringen är inte klar.", en: "Two-factor authentication is not complete." }
      : { sv: "Du behöver logga in.", en: "You need to log in." }
  return unauthorized(message, session ? "mfa_required" : "unauthorized")
}

/** The company checks of `member` and `area`: 404 for a company that is not the caller's, 403 for a role without the area. */
async function companyAccess(req: GatedRequest, access: Access, session: PortalSession, companyId: string | undefined) {
  if (access.kind !== "member" && access.kind !== "area") return undefined
  const source = membershipSource()
  if (companyId === undefined) {
    if (access.kind === "member") return undefined
    const memberships = await source.activeMemberships(req.scope, session.actor_id)
    // The cross-company lists behind such a route read the same memberships: read once per request.
    req.activeMemberships = memberships
    return memberships.some((membership) => roleGrantsArea(membership.role, access.area)) ? undefined : forbidden()
  }
  if (!COMPANY_ID_PATTERN.test(companyId)) return companyNotFound()
  const [membership] = await source.activeMemberships(req.scope, session.actor_id, [companyId])
  if (!membership) return companyNotFound()
  if (access.kind === "area" && !roleGrantsArea(membership.role, access.area)) return forbidden()
  req.companyMembership = membership
  return undefined
}

async function decide(req: GatedRequest): Promise<PortalError | undefined> {
  const resolved = accessOf(req.method, normalizedPathOf(req))
  if (!resolved) return undeclared()
  const { access } = resolved.declaration
  switch (access.kind) {
    case "public":
      return undefined
    case "staff":
      return (await isVendorStaff(req))
        ? undefined
        : new PortalError(403, "closed", {
            sv: "Den här vägen är stängd för portalens användare. Logga in via portalen.",
            en: "This route is closed to portal users. Log in through the portal.",
          })
    case "closed":
      if (access.after_session) {
        const session = await sessionFor(req, ["complete"])
        if (session instanceof PortalError) return session
      }
      return new PortalError(403, "closed", access.message)
  }
  const session = await sessionFor(req, stagesOf(access))
  if (session instanceof PortalError) return session
  req.portalSession = session
  if (session.portal_stage === "complete") (req as GatedRequest & { auth_context?: unknown }).auth_context = session
  return companyAccess(req, access, session, resolved.params.id)
}

/**
 * The one gate in front of every customer-facing route (`/store/*`, `/auth/*`),
 * core or ours: it finds the route's declared access (see access.ts) and enforces
 * it. A route that declares none is refused.
 */
export async function accessGate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const refusal = await decide(req as GatedRequest)
    if (refusal) return sendPortalError(res, refusal)
  } catch (error) {
    if (error instanceof PortalError) return sendPortalError(res, error)
    return next(error)
  }
  next()
}

/** The membership the gate loaded for a `member` or `area` route. */
export function companyMembershipOf(req: MedusaRequest): ActiveMembership {
  const membership = (req as GatedRequest).companyMembership
  if (!membership) throw new Error("No company membership on the request: the route must declare requireMember() or requireArea()")
  return membership
}

/**
 * For routes that name several companies in their body or through an object (an
 * invitation batch): the caller's role must grant the area in every one of them,
 * else `notFoundError` — a company the caller may not act in is not disclosed.
 */
export async function assertAreaInCompanies(
  req: MedusaRequest,
  area: PortalArea,
  companyIds: readonly string[],
  notFoundError: () => PortalError = companyNotFound
) {
  const customerId = (req as GatedRequest).portalSession?.actor_id
  const wanted = [...new Set(companyIds)]
  if (!customerId || !wanted.length || !wanted.every((id) => COMPANY_ID_PATTERN.test(id))) throw notFoundError()
  const memberships = await membershipSource().activeMemberships(req.scope, customerId, wanted)
  const granted = new Set(memberships.filter((m) => roleGrantsArea(m.role, area)).map((m) => m.company_id))
  if (!wanted.every((id) => granted.has(id))) throw notFoundError()
}
