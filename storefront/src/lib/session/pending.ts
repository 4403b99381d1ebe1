// Between "Log in" and Översikt the visitor holds a token of an earlier stage (password or
// enrolment). It lives in its own httpOnly cookie, `mymonitor_pending`, together with what the
// next page needs to know (which step, which methods, the factor being set up, a link to accept
// afterwards). The session cookie `mymonitor_session` only ever holds a complete session.
// Pure functions (no Next imports) so that the proxy and the unit tests can use them.

export const PENDING_COOKIE = "mymonitor_pending"

export type LoginStep = "challenge" | "email_code" | "setup"
export type PendingMethod = "totp" | "sms" | "recovery_code"
export type PendingLinkKind = "registration" | "invitation"

export interface PendingLogin {
  token: string
  step: LoginStep
  methods?: PendingMethod[]
  /** The factor started in the setup step (its id is needed to verify the code). */
  factor?: { id: string; method: "totp" | "sms"; phoneHint?: string }
  /** A registration or invitation link to accept once the session is complete. */
  accept?: { kind: PendingLinkKind; token: string }
}

/** Where each step lives (path after the locale). */
export const STEP_PATHS: Record<LoginStep, "/login/kod" | "/login/e-postkod" | "/login/tvastegsverifiering"> = {
  challenge: "/login/kod",
  email_code: "/login/e-postkod",
  setup: "/login/tvastegsverifiering",
}

const STEPS: readonly LoginStep[] = ["challenge", "email_code", "setup"]
const METHODS: readonly PendingMethod[] = ["totp", "sms", "recovery_code"]

/** The step that follows a login answer; `done` for a complete session; null when unknown. */
export function stepAfterLogin(answer: { stage: string; next?: string }): LoginStep | "done" | null {
  if (answer.stage === "complete") return "done"
  if (answer.stage === "enrolment") return "setup"
  if (answer.stage !== "password") return null
  if (answer.next === "mfa_challenge") return "challenge"
  if (answer.next === "email_code") return "email_code"
  return null
}

/**
 * The step a session's stage (GET /auth/portal/session) belongs to. A password-stage session
 * with a factor answers a challenge; one without a factor first proves its e-mail address.
 */
export function stepForStage(stage: string, methods: readonly string[] | undefined, remembered?: LoginStep): LoginStep | "done" | null {
  if (stage === "complete") return "done"
  if (stage === "enrolment") return "setup"
  if (stage !== "password") return null
  if (remembered === "challenge" || remembered === "email_code") return remembered
  return methods && methods.length > 0 ? "challenge" : "email_code"
}

/** Only the methods the portal knows, in a fixed order, TOTP first. */
export function knownMethods(methods: readonly unknown[] | undefined): PendingMethod[] {
  return METHODS.filter((method) => methods?.includes(method))
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ""
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

function fromBase64Url(value: string): string {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/")
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4))
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
}

export function encodePending(pending: PendingLogin): string {
  return toBase64Url(JSON.stringify(pending))
}

/** The cookie's value read back; undefined for anything malformed (the visitor starts again). */
export function decodePending(value: string | undefined): PendingLogin | undefined {
  if (!value) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(fromBase64Url(value))
  } catch {
    return undefined
  }
  if (!raw || typeof raw !== "object") return undefined
  const { token, step, methods, factor, accept } = raw as Record<string, unknown>
  if (typeof token !== "string" || !token || !STEPS.includes(step as LoginStep)) return undefined
  const pending: PendingLogin = { token, step: step as LoginStep }
  if (Array.isArray(methods)) pending.methods = knownMethods(methods)
  if (factor && typeof factor === "object") {
    const { id, method, phoneHint } = factor as Record<string, unknown>
    if (typeof id === "string" && (method === "totp" || method === "sms")) {
      pending.factor = { id, method, ...(typeof phoneHint === "string" ? { phoneHint } : {}) }
    }
  }
  const link = parseAccept(accept)
  if (link) pending.accept = link
  return pending
}

export function parseAccept(value: unknown): PendingLogin["accept"] | undefined {
  if (!value || typeof value !== "object") return undefined
  const { kind, token } = value as Record<string, unknown>
  if ((kind === "registration" || kind === "invitation") && typeof token === "string" && /^[A-Za-z0-9_-]{8,200}$/.test(token)) {
    return { kind, token }
  }
  return undefined
}

/** "invitation:abc…" (the login page's `accept` parameter) → the link, or undefined. */
export function parseAcceptParameter(value: string | null | undefined): PendingLogin["accept"] | undefined {
  if (!value) return undefined
  const separator = value.indexOf(":")
  if (separator < 0) return undefined
  return parseAccept({ kind: value.slice(0, separator), token: value.slice(separator + 1) })
}

/** The `portal_stage` claim of a JWT, read without verifying it (the backend verifies on every call). */
export function tokenStage(token: string): string | undefined {
  const payload = token.split(".")[1]
  if (!payload) return undefined
  try {
    const claims = JSON.parse(fromBase64Url(payload)) as { portal_stage?: unknown }
    return typeof claims.portal_stage === "string" ? claims.portal_stage : undefined
  } catch {
    return undefined
  }
}
