"use server"

import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import { acceptLink, createAccount, type LinkKind } from "@/lib/data/auth"
import { formErrorFor, formStateFor, type FormState } from "@/lib/errors"
import { parseAccept, STEP_PATHS } from "@/lib/session/pending"
import { endSession, readSessionToken, writePending } from "@/lib/session/store"
import { registrationFieldProblems } from "./validation"

export interface RegisterState extends FormState {
  values?: { name: string; phone: string }
}

function linkFrom(formData: FormData) {
  return parseAccept({ kind: formData.get("kind"), token: formData.get("token") })
}

/** "Registrera konto": the account, the link's memberships, then the 2FA setup step. */
export async function registerAccount(_previous: RegisterState, formData: FormData): Promise<RegisterState> {
  const locale = localeFrom(formData)
  const link = linkFrom(formData)
  const name = String(formData.get("name") ?? "").trim()
  const phone = String(formData.get("phone") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  const values = { name, phone }
  if (!link) return { error: { key: "linkInvalid" }, values }

  const problems = registrationFieldProblems({ name, password })
  if (problems) {
    return {
      error: { key: "fieldsInvalid" },
      fields: Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, [`#${key}`]])),
      values,
    }
  }

  const result = await createAccount({ link, name, password, ...(phone ? { phone: phone.replace(/[\s()-]/g, "") } : {}) })
  if (!result.ok) {
    const state = formStateFor(result, locale)
    return { ...state, error: state.fields ? { key: "fieldsInvalid" } : state.error, values }
  }
  // A new person now; whoever was logged in in this browser is not.
  await endSession()
  await writePending({ token: result.data.token, step: "setup" })
  return redirect({ href: STEP_PATHS.setup, locale })
}

export type AcceptState = FormState

/** An existing account, already logged in, accepts the link. */
export async function acceptLinkNow(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const locale = localeFrom(formData)
  const link = linkFrom(formData)
  const token = await readSessionToken()
  if (!link) return { error: { key: "linkInvalid" } }
  if (!token) return redirect({ href: { pathname: "/login", query: { accept: `${link.kind}:${link.token}` } }, locale })
  const result = await acceptLink(token, link.kind as LinkKind, link.token)
  if (!result.ok) return { error: formErrorFor(result, locale) }
  return redirect({ href: { pathname: "/", query: { link: `${link.kind}-accepted` } }, locale })
}
