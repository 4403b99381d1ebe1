import { bearer, callBackend, type BackendFailure, type BackendResult } from "./backend"

// The portal's login and enrolment API (docs/dev/identity-design.md, "Portal auth API").
// Every answer carries the session token of the next stage; the caller keeps it in the
// httpOnly cookies (src/lib/session/*), never in the browser's JavaScript.

export type PortalStage = "password" | "enrolment" | "complete"
export type MfaMethod = "totp" | "sms" | "recovery_code"

export interface StageAnswer {
  token: string
  stage: PortalStage
}

export interface LoginAnswer extends StageAnswer {
  next?: "mfa_challenge" | "email_code" | string
  methods?: MfaMethod[]
  challenge_id?: string
}

export interface TotpEnrolment {
  factor_id: string
  secret: string
  otpauth_url: string
  qr_code_svg: string
}

export interface SmsEnrolment {
  factor_id: string
  phone_hint?: string
}

export interface FactorVerified extends StageAnswer {
  recovery_codes?: string[]
}

export interface SessionInfo {
  stage: PortalStage
  email: string
  name?: string | null
  methods?: MfaMethod[]
}

export type LinkKind = "registration" | "invitation"

export interface LinkCompany {
  id: string
  name: string
  role: string
}

export interface LinkDescription {
  kind: LinkKind
  email: string
  companies: LinkCompany[]
  account_exists: boolean
}

/** A stage answer must carry a token and a known stage; anything else is a broken backend. */
function stageAnswer<T extends StageAnswer>(result: BackendResult<T>): BackendResult<T> {
  if (!result.ok) return result
  const { token, stage } = result.data
  if (typeof token !== "string" || !token || !["password", "enrolment", "complete"].includes(stage)) {
    return { ok: false, code: "backend_unavailable", status: result.status } satisfies BackendFailure
  }
  return result
}

export async function portalLogin(email: string, password: string): Promise<BackendResult<LoginAnswer>> {
  return stageAnswer(await callBackend<LoginAnswer>("/auth/portal/login", { method: "POST", body: { email, password } }))
}

/** "Logga ut": the backend ends the session, so the token is dead wherever a copy of it went. */
export async function portalLogout(token: string): Promise<BackendResult<unknown>> {
  return callBackend("/auth/portal/logout", { method: "POST", body: {}, headers: bearer(token) })
}

export async function retrieveSessionInfo(token: string): Promise<BackendResult<SessionInfo>> {
  return callBackend<SessionInfo>("/auth/portal/session", { headers: bearer(token) })
}

export async function verifyEnrolmentCode(token: string, code: string): Promise<BackendResult<StageAnswer>> {
  return stageAnswer(
    await callBackend<StageAnswer>("/auth/portal/enrolment-code/verify", { method: "POST", body: { code }, headers: bearer(token) })
  )
}

export async function resendEnrolmentCode(token: string): Promise<BackendResult<unknown>> {
  return callBackend("/auth/portal/enrolment-code", { method: "POST", body: {}, headers: bearer(token) })
}

export async function startTotpEnrolment(token: string): Promise<BackendResult<TotpEnrolment>> {
  const result = await callBackend<TotpEnrolment>("/auth/portal/mfa/totp", { method: "POST", body: {}, headers: bearer(token) })
  if (result.ok && (!result.data.factor_id || !result.data.secret)) return { ok: false, code: "backend_unavailable" }
  return result
}

export async function startSmsEnrolment(token: string, phone: string): Promise<BackendResult<SmsEnrolment>> {
  const result = await callBackend<SmsEnrolment>("/auth/portal/mfa/sms", { method: "POST", body: { phone }, headers: bearer(token) })
  if (result.ok && !result.data.factor_id) return { ok: false, code: "backend_unavailable" }
  return result
}

export async function verifyFactor(token: string, factorId: string, code: string): Promise<BackendResult<FactorVerified>> {
  return stageAnswer(
    await callBackend<FactorVerified>(`/auth/portal/mfa/factors/${encodeURIComponent(factorId)}/verify`, {
      method: "POST",
      body: { code },
      headers: bearer(token),
    })
  )
}

export async function sendSmsChallenge(token: string): Promise<BackendResult<unknown>> {
  return callBackend("/auth/portal/mfa/challenge/sms", { method: "POST", body: {}, headers: bearer(token) })
}

export async function verifyChallenge(token: string, method: MfaMethod, code: string): Promise<BackendResult<StageAnswer>> {
  return stageAnswer(
    await callBackend<StageAnswer>("/auth/portal/mfa/challenge/verify", { method: "POST", body: { method, code }, headers: bearer(token) })
  )
}

export async function describeLink(kind: LinkKind, token: string): Promise<BackendResult<LinkDescription>> {
  return callBackend<LinkDescription>(`/auth/portal/links/${kind}/${encodeURIComponent(token)}`)
}

export interface NewAccount {
  link: { kind: LinkKind; token: string }
  name: string
  phone?: string
  password: string
}

export async function createAccount(account: NewAccount): Promise<BackendResult<StageAnswer>> {
  return stageAnswer(await callBackend<StageAnswer>("/auth/portal/accounts", { method: "POST", body: account }))
}

/** An existing account accepts a link after logging in (complete session; same e-mail as the link). */
export async function acceptLink(token: string, kind: LinkKind, linkToken: string): Promise<BackendResult<unknown>> {
  const path =
    kind === "registration"
      ? `/store/admin-registrations/${encodeURIComponent(linkToken)}/accept`
      : `/store/invitations/${encodeURIComponent(linkToken)}/accept`
  return callBackend(path, { method: "POST", body: {}, headers: bearer(token) })
}

// "Glömt lösenord" (docs: plugins/portal-permissions, /auth/portal/password-reset). The request
// answers the same for every address; the link in the e-mail carries the token; setting the new
// password grants no session — the person then logs in with it and their second factor.

export interface PasswordResetAnswer {
  status: string
}

export async function requestPasswordReset(email: string): Promise<BackendResult<PasswordResetAnswer>> {
  return callBackend<PasswordResetAnswer>("/auth/portal/password-reset", { method: "POST", body: { email } })
}

export async function confirmPasswordReset(token: string, password: string): Promise<BackendResult<PasswordResetAnswer>> {
  return callBackend<PasswordResetAnswer>("/auth/portal/password-reset/confirm", { method: "POST", body: { token, password } })
}
