"use server"

import { localeFrom } from "@/i18n/locale-from"
import type { Locale } from "@/i18n/routing"
import { acceptLink, startSmsEnrolment, startTotpEnrolment, verifyFactor } from "@/lib/data/auth"
import { formErrorFor, formStateFor, type FormState } from "@/lib/errors"
import { restartLogin, sessionLost } from "@/lib/session/lost"
import { readPending, startSession, writePending } from "@/lib/session/store"
import { qrImageSource } from "./qr-image"

/**
 * The setup step's state. The QR code and the key travel to the browser once, in the answer of
 * the action that created them — never in a cookie — and the recovery codes likewise.
 */
export interface SetupState extends FormState {
  method?: "totp" | "sms"
  totp?: { qrSrc: string; secret: string }
  sms?: { phoneHint?: string }
  recoveryCodes?: string[]
  /** Set when a link the visitor came with was accepted (or could not be). */
  link?: "accepted" | "failed"
  done?: boolean
}

async function enrolmentSession(locale: Locale) {
  const pending = await readPending()
  if (!pending || pending.step !== "setup") return restartLogin(locale)
  return pending
}

/** "Autentiseringsapp": a new TOTP factor, its QR code and key. */
export async function chooseTotp(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const locale = localeFrom(formData)
  const pending = await enrolmentSession(locale)
  const result = await startTotpEnrolment(pending.token)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    return { ...formStateFor(result, locale) }
  }
  await writePending({ ...pending, factor: { id: result.data.factor_id, method: "totp" } })
  return {
    method: "totp",
    totp: { qrSrc: qrImageSource(result.data.qr_code_svg), secret: result.data.secret },
  }
}

/** "SMS": the phone number; the backend sends the first code. */
export async function chooseSms(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const locale = localeFrom(formData)
  const phone = String(formData.get("phone") ?? "").replace(/[\s()-]/g, "")
  if (!phone) return { method: "sms", error: { key: "phoneMissing" }, fields: { phone: [] } }
  const pending = await enrolmentSession(locale)
  const result = await startSmsEnrolment(pending.token, phone)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    const state = formStateFor(result, locale)
    return { method: "sms", ...state, fields: state.fields ?? (result.code === "rejected" ? { phone: [] } : undefined) }
  }
  await writePending({ ...pending, factor: { id: result.data.factor_id, method: "sms", phoneHint: result.data.phone_hint } })
  return { method: "sms", sms: { phoneHint: result.data.phone_hint } }
}

/** The six-digit code of the new factor → a complete session and the recovery codes. */
export async function verifySetupCode(previous: SetupState, formData: FormData): Promise<SetupState> {
  const locale = localeFrom(formData)
  const code = String(formData.get("code") ?? "").replace(/[\s-]/g, "")
  const keep = { method: previous.method, totp: previous.totp, sms: previous.sms }
  if (!/^\d{6}$/.test(code)) return { ...keep, error: { key: code ? "codeFormat" : "codeMissing" }, fields: { code: [] } }
  const pending = await enrolmentSession(locale)
  if (!pending.factor) return { error: { key: "setupRestart" } }

  const result = await verifyFactor(pending.token, pending.factor.id, code)
  if (!result.ok) {
    if (sessionLost(result)) return restartLogin(locale)
    return { ...keep, error: formErrorFor(result, locale, { invalid_code: "invalidCode" }), fields: { code: [] } }
  }
  if (result.data.stage !== "complete") return { ...keep, error: { key: "unexpected" } }

  await startSession(result.data.token)
  let link: SetupState["link"]
  if (pending.accept) {
    const accepted = await acceptLink(result.data.token, pending.accept.kind, pending.accept.token)
    link = accepted.ok ? "accepted" : "failed"
  }
  return { done: true, recoveryCodes: result.data.recovery_codes ?? [], link }
}
