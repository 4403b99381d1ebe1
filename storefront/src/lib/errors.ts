import type { BackendFailure, LocalizedMessage } from "./data/backend"

// What a form shows when the backend says no. Either one of our own messages (a key under
// `errors` in messages/*.json) or the backend's own text in the visitor's language — the backend
// writes its messages in Swedish and English for exactly this (e.g. the last-admin rule).

export type FormError = { key: string; values?: Record<string, string | number> } | { text: string }
export type FieldErrors = Record<string, string[]>

export interface FormState {
  error?: FormError
  fields?: FieldErrors
}

export function localized(message: LocalizedMessage | undefined, locale: string): string | undefined {
  if (!message) return undefined
  return (locale === "en" ? message.en : message.sv) || message.sv || message.en || undefined
}

/** The backend's field errors (each `{ sv, en }`) in the visitor's language. */
export function localizeFields(fields: Record<string, LocalizedMessage[]> | undefined, locale: string): FieldErrors | undefined {
  if (!fields || Object.keys(fields).length === 0) return undefined
  return Object.fromEntries(
    Object.entries(fields).map(([name, messages]) => [
      name,
      messages.map((message) => localized(message, locale)).filter((text): text is string => !!text),
    ])
  )
}

/**
 * The error of a failed call. `ownMessages` maps backend codes to our message keys where the
 * portal words them itself (e.g. `invalid_credentials`); otherwise the backend's message, and
 * our generic ones for an unreachable backend, a rate limit or an answer without a message.
 */
export function formErrorFor(failure: BackendFailure, locale: string, ownMessages: Record<string, string> = {}): FormError {
  if (failure.code === "backend_unavailable") return { key: "backendUnavailable" }
  if (failure.code === "rate_limited") {
    // The backend may say more precisely what to wait for ("a code was sent a moment ago").
    const text = localized(failure.error?.message, locale)
    return text ? { text } : { key: "rateLimited" }
  }
  const code = failure.error?.code
  if (code && ownMessages[code]) return { key: ownMessages[code] }
  const text = localized(failure.error?.message, locale)
  if (text) return { text }
  if (failure.code === "unauthorized") return { key: "sessionExpired" }
  return { key: "unexpected" }
}

/** A failed call as the form's whole state: its error and its localized field errors. */
export function formStateFor(failure: BackendFailure, locale: string, ownMessages: Record<string, string> = {}): FormState {
  return { error: formErrorFor(failure, locale, ownMessages), fields: localizeFields(failure.error?.fields, locale) }
}
