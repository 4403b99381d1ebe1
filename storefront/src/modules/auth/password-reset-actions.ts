"use server"

import { localeFrom } from "@/i18n/locale-from"
import { confirmPasswordReset, requestPasswordReset } from "@/lib/data/auth"
import { formStateFor, type FormState } from "@/lib/errors"
import { problemFields, rateLimitError, resetFieldProblems, resetLinkUnusable } from "./password-reset"

export interface ForgotPasswordState extends FormState {
  /** The request was accepted: the same answer whether or not the address has an account. */
  sent?: boolean
  email?: string
}

export interface ResetPasswordState extends FormState {
  /** "changed": the new password is saved (no session: the person logs in as usual). */
  outcome?: "changed" | "linkUnusable"
}

/** "Skicka länk": the backend e-mails a reset link if the address has an account. */
export async function requestReset(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const locale = localeFrom(formData)
  const email = String(formData.get("email") ?? "").trim()
  if (!email) return { error: { key: "fieldsInvalid" }, fields: problemFields({ email: "emailMissing" }), email }

  const result = await requestPasswordReset(email)
  if (!result.ok) {
    if (result.code === "rate_limited") return { error: rateLimitError(result), email }
    const state = formStateFor(result, locale)
    return { ...state, error: state.fields ? { key: "fieldsInvalid" } : state.error, email }
  }
  return { sent: true, email }
}

/** "Spara nytt lösenord": spends the link. Checked here as in the browser, and by the backend. */
export async function resetPassword(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const locale = localeFrom(formData)
  const token = String(formData.get("token") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  const repeat = String(formData.get("repeat") ?? "")
  if (!token) return { outcome: "linkUnusable" }

  const problems = resetFieldProblems({ password, repeat })
  if (problems) return { error: { key: "fieldsInvalid" }, fields: problemFields(problems) }

  const result = await confirmPasswordReset(token, password)
  if (!result.ok) {
    if (resetLinkUnusable(result)) return { outcome: "linkUnusable" }
    if (result.code === "rate_limited") return { error: rateLimitError(result) }
    const state = formStateFor(result, locale)
    return { ...state, error: state.fields ? { key: "fieldsInvalid" } : state.error }
  }
  return { outcome: "changed" }
}
