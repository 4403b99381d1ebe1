"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import type { Locale } from "@/i18n/routing"
import type { BackendFailure } from "@/lib/data/backend"
import {
  changeMemberRole,
  fieldsToFormRows,
  invitationRowsFrom,
  isMembershipRole,
  removeMember,
  resendInvitation,
  revokeInvitation,
  sendInvitations,
} from "@/lib/data/user-management"
import { formErrorFor, localizeFields, type FormState } from "@/lib/errors"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { readSessionToken } from "@/lib/session/store"

export interface ChangeState extends FormState {
  /** Which change succeeded, for the status message next to the control. */
  done?: "roleChanged" | "removed" | "resent" | "revoked"
  at?: number
}

async function sessionToken(locale: Locale): Promise<string> {
  const token = await readSessionToken()
  if (!token) return logInAgain(locale)
  return token
}

function failed(failure: BackendFailure, locale: Locale): ChangeState {
  if (sessionLost(failure)) return logInAgain(locale)
  // 409 last_admin, 404 and 403 come with the backend's own message in both languages.
  return { error: formErrorFor(failure, locale) }
}

function refresh() {
  // The whole portal: a change of one's own role also changes the navigation.
  revalidatePath("/", "layout")
}

/** "Tilldelad roll": a member's role in one company. */
export async function changeRole(_previous: ChangeState, formData: FormData): Promise<ChangeState> {
  const locale = localeFrom(formData)
  const role = formData.get("role")
  if (!isMembershipRole(role)) return { error: { key: "unexpected" } }
  const token = await sessionToken(locale)
  const result = await changeMemberRole(token, String(formData.get("company_id")), String(formData.get("customer_id")), role)
  if (!result.ok) return failed(result, locale)
  refresh()
  return { done: "roleChanged", at: Date.now() }
}

/** Removes a user from one company (after the visitor confirmed). */
export async function removeFromCompany(_previous: ChangeState, formData: FormData): Promise<ChangeState> {
  const locale = localeFrom(formData)
  const token = await sessionToken(locale)
  const result = await removeMember(token, String(formData.get("company_id")), String(formData.get("customer_id")))
  if (!result.ok) return failed(result, locale)
  refresh()
  return { done: "removed", at: Date.now() }
}

export async function resendInvitationAction(_previous: ChangeState, formData: FormData): Promise<ChangeState> {
  const locale = localeFrom(formData)
  const token = await sessionToken(locale)
  const result = await resendInvitation(token, String(formData.get("invitation_id")))
  if (!result.ok) return failed(result, locale)
  refresh()
  return { done: "resent", at: Date.now() }
}

export async function revokeInvitationAction(_previous: ChangeState, formData: FormData): Promise<ChangeState> {
  const locale = localeFrom(formData)
  const token = await sessionToken(locale)
  const result = await revokeInvitation(token, String(formData.get("invitation_id")))
  if (!result.ok) return failed(result, locale)
  refresh()
  return { done: "revoked", at: Date.now() }
}

export type InviteState = FormState

/** "Skicka inbjudan": every row at once; the backend refuses the whole batch or sends them all. */
export async function sendInvitationsAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const locale = localeFrom(formData)
  const { rows, formIndexes } = invitationRowsFrom(formData)
  if (rows.length === 0) return { error: { key: "noInvitations" } }
  const token = await sessionToken(locale)
  const result = await sendInvitations(token, rows)
  if (!result.ok) {
    if (sessionLost(result)) return logInAgain(locale)
    const fields = fieldsToFormRows(localizeFields(result.error?.fields, locale), formIndexes)
    if (fields) return { error: { key: "fieldsInvalid" }, fields }
    if (result.status === 404) return { error: { key: "companiesNotAllowed" } }
    return { error: formErrorFor(result, locale) }
  }
  refresh()
  return redirect({
    href: { pathname: "/hantera-anvandare", query: { skickade: String(result.data.invitations?.length ?? rows.length) } },
    locale,
  })
}
