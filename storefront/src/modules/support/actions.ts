"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import type { Locale } from "@/i18n/routing"
import type { BackendFailure } from "@/lib/data/backend"
import { changeTicketStatus, createTicket, replyToTicket, setFollowing } from "@/lib/data/support"
import { formErrorFor, localizeFields, type FieldErrors, type FormState } from "@/lib/errors"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { readSessionToken } from "@/lib/session/store"
import { attachmentProblems, chosenFiles, type AttachmentProblem } from "./attachment-rules"
import { oneOf, TICKET_CATEGORIES, TICKET_PRIORITIES } from "./words"

// Support's server actions: they check what the portal can check itself (the same rules the backend
// holds), pass the form on to the backend as multipart (files included) and say what happened.

export interface TicketActionState extends FormState {
  done?: "replied" | "closed" | "reopened" | "followed" | "unfollowed"
  at?: number
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()
const filesOf = (formData: FormData) => chosenFiles(formData.getAll("files").filter((value): value is File => value instanceof File))

async function sessionToken(locale: Locale): Promise<string> {
  const token = await readSessionToken()
  if (!token) return logInAgain(locale)
  return token
}

async function fileMessages(problems: AttachmentProblem[], locale: Locale): Promise<string[]> {
  const t = await getTranslations({ locale, namespace: "errors" })
  return problems.map((problem) =>
    problem.code === "too_many_files"
      ? t("tooManyFiles", { max: problem.max })
      : problem.code === "file_too_large"
        ? t("fileTooLarge", { name: problem.name, max: problem.max })
        : t("fileType", { name: problem.name })
  )
}

/** A refused call as the form's state: the backend's field errors beside their fields, its message on top. */
function failed(failure: BackendFailure, locale: Locale, ownMessages: Record<string, string> = {}): TicketActionState {
  if (sessionLost(failure)) return logInAgain(locale)
  const fields = localizeFields(failure.error?.fields, locale)
  if (failure.code === "backend_unavailable") return { error: { key: "supportUnavailable" } }
  return { error: fields ? { key: "fieldsInvalid" } : formErrorFor(failure, locale, ownMessages), fields }
}

/**
 * "Skicka ärendet". The idempotency key was made when the form rendered: a second submit of the same
 * form (a double click, a retry after a timeout) answers the ticket the first one created.
 */
export async function submitTicket(_previous: TicketActionState, formData: FormData): Promise<TicketActionState> {
  const locale = localeFrom(formData)
  const companyId = text(formData, "company_id")
  const ticket = {
    subject: text(formData, "subject"),
    description: text(formData, "description"),
    category: oneOf(TICKET_CATEGORIES, text(formData, "category")),
    priority: oneOf(TICKET_PRIORITIES, text(formData, "priority")),
    erp_version: text(formData, "erp_version"),
    idempotency_key: text(formData, "idempotency_key"),
  }
  const files = filesOf(formData)

  const fields: FieldErrors = {}
  if (!companyId) fields.company_id = ["#companyMissing"]
  if (!ticket.subject) fields.subject = ["#subjectMissing"]
  if (!ticket.description) fields.description = ["#descriptionMissing"]
  if (!ticket.category) fields.category = ["#categoryMissing"]
  if (!ticket.priority) fields.priority = ["#priorityMissing"]
  const problems = attachmentProblems(files)
  if (problems.length) fields.files = await fileMessages(problems, locale)
  if (Object.keys(fields).length) return { error: { key: "fieldsInvalid" }, fields }

  const form = new FormData()
  for (const [name, value] of Object.entries(ticket)) if (value) form.append(name, value)
  for (const file of files) form.append("files", file, file.name)
  const token = await sessionToken(locale)
  const result = await createTicket(token, companyId, form)
  if (!result.ok) {
    if (result.code === "backend_unavailable") {
      // Whole or not at all: a timeout leaves it open (the same form may be sent again), a refusal does not.
      return { error: { key: result.timedOut ? "ticketMaybeCreated" : "ticketNotCreated" } }
    }
    if (result.code === "rejected" && result.status === 404)
      return { error: { key: "fieldsInvalid" }, fields: { company_id: ["#companyMissing"] } }
    return failed(result, locale)
  }
  revalidatePath("/", "layout")
  return redirect({
    href: {
      pathname: `/support/${encodeURIComponent(companyId)}/${encodeURIComponent(result.data.id)}`,
      query: { skapat: String(result.data.number || "") },
    },
    locale,
  })
}

/** "Skicka svaret": the reply and its files; a closed ticket says so. */
export async function replyAction(_previous: TicketActionState, formData: FormData): Promise<TicketActionState> {
  const locale = localeFrom(formData)
  const body = text(formData, "body")
  const files = filesOf(formData)
  const fields: FieldErrors = {}
  if (!body) fields.body = ["#replyMissing"]
  const problems = attachmentProblems(files)
  if (problems.length) fields.files = await fileMessages(problems, locale)
  if (Object.keys(fields).length) return { error: { key: "fieldsInvalid" }, fields }

  const form = new FormData()
  form.append("body", body)
  for (const file of files) form.append("files", file, file.name)
  const token = await sessionToken(locale)
  const result = await replyToTicket(token, text(formData, "company_id"), text(formData, "ticket_id"), form)
  if (!result.ok) return failed(result, locale, { ticket_closed: "ticketClosed" })
  revalidatePath("/", "layout")
  return { done: "replied", at: Date.now() }
}

/** "Stäng ärendet" / "Öppna igen" (the button's value). */
export async function statusAction(_previous: TicketActionState, formData: FormData): Promise<TicketActionState> {
  const locale = localeFrom(formData)
  const action = text(formData, "action") === "reopen" ? "reopen" : "close"
  const token = await sessionToken(locale)
  const result = await changeTicketStatus(token, text(formData, "company_id"), text(formData, "ticket_id"), action)
  if (!result.ok) return failed(result, locale)
  revalidatePath("/", "layout")
  return { done: action === "close" ? "closed" : "reopened", at: Date.now() }
}

/** "Följ ärendet" / "Sluta följa" (the button's value). */
export async function followAction(_previous: TicketActionState, formData: FormData): Promise<TicketActionState> {
  const locale = localeFrom(formData)
  const follow = text(formData, "follow") === "true"
  const token = await sessionToken(locale)
  const result = await setFollowing(token, text(formData, "company_id"), text(formData, "ticket_id"), follow)
  if (!result.ok) return failed(result, locale)
  revalidatePath("/", "layout")
  return { done: follow ? "followed" : "unfollowed", at: Date.now() }
}
