import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest } from "@medusajs/framework/http"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { unauthorized } from "@mymonitor/common/lib/portal-errors"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "../modules/portal-session"

/**
 * A portal session is a Medusa JWT for the customer actor with one more claim,
 * `portal_stage`. Only a `complete` session (a second factor passed in this
 * session) carries the customer id; the earlier stages carry none, so even a
 * core route we forgot could not serve them data.
 *
 *   password   — e-mail and password passed; a challenge (or an e-mail code) must follow
 *   enrolment  — may set up the first factor (after the registration link or an e-mail code)
 *   complete   — a factor passed in this session
 */
export type PortalStage = "password" | "enrolment" | "complete"

export type PortalSession = {
  actor_id: string
  actor_type: "customer"
  auth_identity_id: string
  portal_stage: PortalStage
  portal_email: string
  /** The server-side session row (the portalSession module's row): ended there, refused here. */
  portal_session_id?: string
  mfa_challenge_id?: string
  mfa_challenge_completed_at?: string | null
}

/** Seconds each stage's token lives; the session row expires with it. */
export const STAGE_LIFETIME_SECONDS: Record<PortalStage, number> = { password: 15 * 60, enrolment: 30 * 60, complete: 24 * 60 * 60 }

/**
 * Signs the token of a stage. The first stage of a login starts a server-side
 * session; the later stages of the same login carry it on (pass `sessionId`), so
 * ending it ends every token of that login.
 */
export async function issuePortalToken(
  container: MedusaContainer,
  session: { authIdentityId: string; email: string; stage: PortalStage; challengeId?: string; sessionId?: string }
): Promise<string> {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(session.authIdentityId)
  const customerId = (identity.app_metadata as Record<string, string> | undefined)?.customer_id ?? ""
  const complete = session.stage === "complete"
  const lifetime = STAGE_LIFETIME_SECONDS[session.stage]
  const expiresAt = new Date(Date.now() + lifetime * 1000)
  const sessions = container.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE)
  let sessionId = session.sessionId
  if (!sessionId || !(await sessions.extendSession(sessionId, expiresAt))) {
    if (sessionId) throw unauthorized({ sv: "Logga in igen för att fortsätta.", en: "Log in again to continue." }, "session_ended")
    sessionId = await sessions.startSession(session.authIdentityId, expiresAt)
  }
  return generateJwtToken(
    {
      actor_id: complete ? customerId : "",
      actor_type: "customer",
      auth_identity_id: session.authIdentityId,
      auth_provider: "emailpass",
      app_metadata: complete ? { customer_id: customerId } : {},
      user_metadata: {},
      mfa_enabled: complete,
      mfa_challenge_completed_at: complete ? new Date().toISOString() : null,
      portal_stage: session.stage,
      portal_email: session.email.toLowerCase(),
      portal_session_id: sessionId,
      ...(session.challengeId ? { mfa_challenge_id: session.challengeId } : {}),
    },
    { secret: http.jwtSecret as string, expiresIn: lifetime, jwtOptions: http.jwtOptions }
  )
}

/** The claims of a request's bearer token, verified with the app's JWT settings, when its actor type is one of these. */
export function verifiedBearerClaims(req: MedusaRequest, actorTypes: string[]): Record<string, unknown> | null {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return getAuthContextFromJwtToken(
    req.headers.authorization,
    http.jwtSecret as string,
    ["bearer"],
    actorTypes,
    http.jwtPublicKey,
    http.jwtVerifyOptions ?? http.jwtOptions
  ) as Record<string, unknown> | null
}

/** The verified portal session of a request's bearer token, or undefined. */
export function portalSessionOf(req: MedusaRequest): PortalSession | undefined {
  const context = verifiedBearerClaims(req, ["customer"]) as PortalSession | null
  if (!context?.portal_stage || !context.auth_identity_id) return undefined
  return context
}

/** The session, which must be in one of the stages; else the 401 PortalError. */
export function requirePortalStage(req: MedusaRequest, stages: PortalStage[]): PortalSession {
  const session = portalSessionOf(req)
  if (!session || !stages.includes(session.portal_stage)) {
    throw unauthorized({ sv: "Logga in igen för att fortsätta.", en: "Log in again to continue." }, "session_required")
  }
  return session
}

/** Whether the session a token names is still live on the server (not logged out, reset or removed). */
export async function isSessionLive(container: MedusaContainer, session: PortalSession): Promise<boolean> {
  return container.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE).isLive(session.portal_session_id, session.auth_identity_id)
}

export type StaffContext = {
  actor_type?: string
  actor_id?: string
  auth_identity_id?: string
  app_metadata?: Record<string, unknown>
  mfa_enabled?: boolean
  mfa_challenge_completed_at?: string | null
}

/** The staff session of a request: the admin's cookie session, else a `user` bearer token. */
export function staffContextOf(req: MedusaRequest): StaffContext | undefined {
  const fromSession = (req as unknown as { session?: { auth_context?: StaffContext } }).session?.auth_context
  const context = (fromSession ?? verifiedBearerClaims(req, ["user"])) as StaffContext | null | undefined
  return context?.actor_type === "user" ? context : undefined
}
