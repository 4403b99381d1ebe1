"use server"

import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import type { Locale } from "@/i18n/routing"
import {
  acceptLink,
  portalLogin,
  resendEnrolmentCode,
  sendSmsChallenge,
  verifyChallenge,
  verifyEnrolmentCode,
  type MfaMethod,
  portalLogout,
} from "@/lib/data/auth"
import { formErrorFor, type FormError, type FormState } from "@/lib/errors"
import { logInAgain, restartLogin, sessionLost } from "@/lib/session/lost"
import { knownMethods, parseAcceptParameter, STEP_PATHS, stepAfterLogin, type PendingLogin } from "@/lib/session/pending"
import { clearPending, endSession, readPending, readSessionToken, startSession, writePending } from "@/lib/session/store"

export interface LoginState {
  error?: FormError
  email?: string
}

export interface CodeState extends FormState {
  /** "sms" after a code was sent by SMS, "email" after the e-mail code was sent again. */
  sent?: "sms" | "email"
}

/** Six digits, spaces and dashes typed by the visitor removed. */
function normaliseCode(value: FormDataEntryValue | null): string {
  return String(value ?? "").replace(/[\s-]/g, "")
}

/**
 * The session is complete: keep it, accept the link the visitor came with (if any) and open
 * Översikt, which tells whether the link was accepted.
 */
async function finishLogin(token: string, accept: PendingLogin["accept"], locale: Locale): Promise<never> {
  await startSession(token)
  if (accept) {
    const accepted = await acceptLink(token, accept.kind, accept.token)
    return redirect({ href: { pathname: "/", query: { link: accepted.ok ? `${accept.kind}-accepted` : "failed" } }, locale })
  }
  return redirect({ href: "/", locale })
}

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const locale = localeFrom(formData)
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  if (!email || !password) return { error: { key: "missingFields" }, email }
  const accept = parseAcceptParameter(String(formData.get("accept") ?? ""))

  const result = await portalLogin(email, password)
  if (!result.ok) {
    if (result.code === "unauthorized" || (result.code === "rejected" && result.status === 400 && !result.error?.fields?.password)) {
      return { error: { key: "invalidCredentials" }, email }
    }
    return { error: formErrorFor(result, locale, { invalid_credentials: "invalidCredentials" }), email }
  }

  const step = stepAfterLogin(result.data)
  if (step === null) return { error: { key: "unexpected" }, email }
  if (step === "done") return finishLogin(result.data.token, accept, locale)

  // A new login replaces whatever session this browser had.
  await endSession()
  await writePending({ token: result.data.token, step, methods: knownMethods(result.data.methods), accept })
  return redirect({ href: STEP_PATHS[step], locale })
}

export async function logout(formData: FormData): Promise<void> {
  const locale = localeFrom(formData)
  const token = await readSessionToken()
  // The cookie goes either way; a backend that cannot be reached lets the token expire on its own.
  if (token) await portalLogout(token).catch(() => undefined)
  await endSession()
  redirect({ href: "/login", locale })
}

/** "Avbryt": forget the half-finished login. */
export async function cancelLogin(formData: FormData): Promise<void> {
  const locale = localeFrom(formData)
  await clearPending()
  redirect({ href: "/login", locale })
}

/** The code step of a login with a factor: TOTP, SMS or a recovery code → Översikt. */
export async function submitChallengeCode(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const locale = localeFrom(formData)
  const pending = await readPending()
  if (!pending || pending.step !== "challenge") return logInAgain(locale)
  const requested = String(formData.get("method") ?? "totp") as MfaMethod
  const method: MfaMethod = ["totp", "sms", "recovery_code"].includes(requested) ? requested : "totp"
  const code = method === "recovery_code" ? String(formData.get("code") ?? "").trim() : normaliseCode(formData.get("code"))
  if (!code) return { error: { key: "codeMissing" }, fields: { code: [] } }
  if (method !== "recovery_code" && !/^\d{6}$/.test(code)) return { error: { key: "codeFormat" }, fields: { code: [] } }

  const result = await verifyChallenge(pending.token, method, code)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    return { error: formErrorFor(result, locale, { invalid_code: "invalidCode", mfa_invalid: "invalidCode" }), fields: { code: [] } }
  }
  if (result.data.stage !== "complete") return { error: { key: "unexpected" } }
  return finishLogin(result.data.token, pending.accept, locale)
}

/** "Skicka kod via SMS": the backend texts a code to the enrolled phone. */
export async function requestSmsCode(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const locale = localeFrom(formData)
  const pending = await readPending()
  if (!pending || pending.step !== "challenge") return logInAgain(locale)
  const result = await sendSmsChallenge(pending.token)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    return { error: formErrorFor(result, locale) }
  }
  return { sent: "sms" }
}

/** The e-mailed one-time code of an account without a factor → the setup step. */
export async function submitEmailCode(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const locale = localeFrom(formData)
  const pending = await readPending()
  if (!pending || pending.step !== "email_code") return logInAgain(locale)
  const code = normaliseCode(formData.get("code"))
  if (!code) return { error: { key: "codeMissing" }, fields: { code: [] } }

  const result = await verifyEnrolmentCode(pending.token, code)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    return { error: formErrorFor(result, locale, { invalid_code: "invalidCode" }), fields: { code: [] } }
  }
  await writePending({ token: result.data.token, step: "setup", accept: pending.accept })
  return redirect({ href: STEP_PATHS.setup, locale })
}

export async function resendEmailCode(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const locale = localeFrom(formData)
  const pending = await readPending()
  if (!pending || pending.step !== "email_code") return logInAgain(locale)
  const result = await resendEnrolmentCode(pending.token)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    return { error: formErrorFor(result, locale) }
  }
  return { sent: "email" }
}
