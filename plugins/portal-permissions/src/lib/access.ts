import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { PortalStage } from "./portal-session"
import type { PortalArea } from "./role-areas"

/**
 * Who may call a customer-facing route (`/store/*`, `/auth/*`). Every such route
 * declares one, beside its other middlewares in the `api/middlewares.ts` of the
 * plugin that owns it (`withAccess`); Medusa's own routes are declared once in
 * `core-route-access.ts`. The one gate (`accessGate`) enforces the declaration.
 *
 *   public    — anyone; rate limits and the handler do the rest
 *   stages    — a portal session in one of these login stages
 *   session   — a complete portal session; the handler answers only with the caller's own data
 *   member    — a complete session and an active membership in the company `:id` (else 404)
 *   area      — as member, and the role grants the area (else 403); a route without `:id`
 *               needs the area in at least one of the caller's companies
 *   staff     — vendor staff only (core auth routes that would bypass the portal's 2FA)
 *   closed    — nobody; `after_session` answers 401 first to callers without a session
 */
export type Access =
  | { kind: "public" }
  | { kind: "stages"; stages: readonly PortalStage[] }
  | { kind: "session" }
  | { kind: "member" }
  | { kind: "area"; area: PortalArea }
  | { kind: "staff" }
  | { kind: "closed"; after_session: boolean; message: { sv: string; en: string } }

const CLOSED_MESSAGE = {
  sv: "Den här vägen är stängd för portalens användare. Logga in via portalen.",
  en: "This route is closed to portal users. Log in through the portal.",
}

export const publicAccess = (): Access => ({ kind: "public" })
export const requireStage = (...stages: PortalStage[]): Access => ({ kind: "stages", stages })
export const requireSession = (): Access => ({ kind: "session" })
export const requireMember = (): Access => ({ kind: "member" })
export const requireArea = (area: PortalArea): Access => ({ kind: "area", area })
export const staffOnly = (): Access => ({ kind: "staff" })
export const closed = (options: { after_session?: boolean; message?: { sv: string; en: string } } = {}): Access => ({
  kind: "closed",
  after_session: options.after_session ?? false,
  message: options.message ?? CLOSED_MESSAGE,
})

export type AccessDeclaration = { matcher: string; method?: readonly string[]; access: Access; owner: string }
type CompiledDeclaration = AccessDeclaration & { pattern: RegExp; rank: number[] }

const declarations: CompiledDeclaration[] = []

/**
 * Medusa-style matcher to a pattern over the normalised path (see `pathOf`), case-insensitive
 * as Express routes: `:name` is one segment, a trailing `*` anything after.
 */
function compile(matcher: string): RegExp {
  const wildcard = matcher.endsWith("*")
  const body = (wildcard ? matcher.slice(0, -1) : matcher)
    .split("/")
    .map((segment) =>
      segment.startsWith(":")
        ? `(?<${segment.slice(1).replace(/[^a-z0-9_]/gi, "_")}>[^/]+)`
        : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    )
    .join("/")
  return new RegExp(`^${body}${wildcard ? ".*" : ""}$`, "i")
}

/** The most specific declaration wins: an exact matcher over a wildcard, more literal segments, then a method. */
function rankOf(matcher: string, method?: readonly string[]): number[] {
  const segments = matcher.replace(/\*$/, "").split("/").filter(Boolean)
  return [matcher.endsWith("*") ? 0 : 1, segments.filter((s) => !s.startsWith(":")).length, segments.length, method ? 1 : 0]
}

function byRank(a: CompiledDeclaration, b: CompiledDeclaration) {
  for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return b.rank[i] - a.rank[i]
  return 0
}

export function declareAccess(owner: string, entries: readonly Omit<AccessDeclaration, "owner">[]) {
  for (const entry of entries) {
    const key = `${entry.method?.join(",") ?? "*"} ${entry.matcher.toLowerCase()}`
    const existing = declarations.find((d) => `${d.method?.join(",") ?? "*"} ${d.matcher.toLowerCase()}` === key)
    if (existing) {
      // Loading a middlewares file twice (a test that boots the app again) declares the same thing again.
      if (existing.owner === owner) continue
      throw new Error(`Access for ${key} is declared by both ${existing.owner} and ${owner}`)
    }
    declarations.push({ ...entry, owner, pattern: compile(entry.matcher), rank: rankOf(entry.matcher, entry.method) })
  }
  declarations.sort(byRank)
}

export type RouteWithAccess = Omit<MiddlewareRoute, "middlewares"> & {
  matcher: string
  access: Access
  middlewares?: MiddlewareRoute["middlewares"]
}

/**
 * A plugin's routes with their access beside them: declares each access and returns
 * the entries Medusa needs for the other middlewares (validation, raw bodies).
 */
export function withAccess(owner: string, routes: readonly RouteWithAccess[]): MiddlewareRoute[] {
  declareAccess(
    owner,
    routes.map(({ matcher, method, access }) => ({ matcher, method: method as readonly string[] | undefined, access }))
  )
  return routes
    .filter((route) => route.middlewares?.length || route.bodyParser !== undefined)
    .map(({ access: _access, ...route }) => ({ ...route, middlewares: route.middlewares ?? [] }) as MiddlewareRoute)
}

export type ResolvedAccess = { declaration: AccessDeclaration; params: Record<string, string> }

/** The declaration that decides a request, or undefined when its route declares none. */
export function accessOf(method: string, path: string): ResolvedAccess | undefined {
  for (const declaration of declarations) {
    if (declaration.method && !declaration.method.includes(method.toUpperCase())) continue
    const match = declaration.pattern.exec(path)
    if (match) return { declaration, params: { ...(match.groups ?? {}) } }
  }
  return undefined
}

/** Every declaration, most specific first (the documentation and the tests read them). */
export function accessDeclarations(): readonly AccessDeclaration[] {
  return declarations.map(({ matcher, method, access, owner }) => ({ matcher, method, access, owner }))
}
