import type { Quote } from "@/lib/data/quotes"
import { QUOTE_STATUSES, type QuoteStatus } from "@/lib/data/quote-statuses"
import type { FieldErrors, FormError } from "@/lib/errors"

// The portal's own rules for quotes (plugins/quotes/README.md is the contract): the status words, what
// a form may send, which buttons a quote offers and what it says about itself. Pure: the pages, the
// server actions and the unit tests read the same functions. The backend has the final word on all of it.

/** "Meddelande" of "Begär offert" and of "Svara": at most this many characters (the backend's limit). */
export const MAX_QUOTE_MESSAGE_LENGTH = 4000
/** "Er referens": at most this many characters (the checkout's limit, printed on the order's invoice). */
export const MAX_QUOTE_REFERENCE_LENGTH = 100
/** The largest quantity of one product "Begär offert" sends from the catalog (the cart's limit; the backend allows 1 000). */
export const MAX_QUOTE_QUANTITY = 999

/** The message key (under `quotes.status`) of the backend's status word, or "unknown". */
export function quoteStatusKey(status: string): QuoteStatus | "unknown" {
  return (QUOTE_STATUSES as readonly string[]).includes(status) ? (status as QuoteStatus) : "unknown"
}

/** The list's status filter from the URL: one of the six statuses, or none (an unknown word is never sent on). */
export function quoteStatusFilter(value: string | undefined): QuoteStatus | undefined {
  return (QUOTE_STATUSES as readonly string[]).includes(value ?? "") ? (value as QuoteStatus) : undefined
}

/** A 0-based page from the URL's 1-based `sida` (anything else is the first page). */
export function pageIndex(sida: string | undefined): number {
  return Math.max(0, Number.parseInt(sida ?? "1", 10) - 1 || 0)
}

/** A whole quantity 1–999 from a form's text, or undefined. */
export function quoteQuantity(raw: string): number | undefined {
  const text = raw.trim()
  if (!/^\d{1,3}$/.test(text)) return undefined
  const quantity = Number(text)
  return quantity >= 1 && quantity <= MAX_QUOTE_QUANTITY ? quantity : undefined
}

/**
 * "Begär offert"'s fields: a message is required, "Er referens" is optional; from the catalog also a
 * quantity. The field errors are our own message keys ("#key", under `errors`); empty = valid.
 */
export function quoteRequestErrors(input: { message: string; your_reference: string; quantity?: string }): FieldErrors {
  const fields: FieldErrors = {}
  const message = input.message.trim()
  if (!message) fields.message = ["#quoteMessageMissing"]
  else if (message.length > MAX_QUOTE_MESSAGE_LENGTH) fields.message = ["#quoteMessageTooLong"]
  if (input.your_reference.trim().length > MAX_QUOTE_REFERENCE_LENGTH) fields.your_reference = ["#referenceTooLong"]
  if (input.quantity !== undefined && quoteQuantity(input.quantity) === undefined) fields.quantity = ["#quantityInvalid"]
  return fields
}

/** "Svara": the text is required. */
export function quoteReplyErrors(text: string): FieldErrors {
  const trimmed = text.trim()
  if (!trimmed) return { text: ["#replyMissing"] }
  if (trimmed.length > MAX_QUOTE_MESSAGE_LENGTH) return { text: ["#quoteMessageTooLong"] }
  return {}
}

/** "Acceptera offert": the terms must be accepted (the checkbox sends "on"). */
export function quoteAcceptErrors(acceptTerms: FormDataEntryValue | null): FieldErrors {
  return acceptTerms === "on" ? {} : { accept_terms: ["#quoteTermsRequired"] }
}

/** The backend's 409 codes of "Acceptera offert" and "Avböj offert". */
export const QUOTE_CONFLICT_CODES = ["quote_changed", "quote_expired", "quote_not_open"] as const

const CONFLICT_KEYS: Record<string, string> = {
  quote_changed: "quoteChanged",
  quote_expired: "quoteExpired",
  quote_not_open: "quoteNotOpen",
}

/**
 * A refusal's error as a form shows it: the backend's own `{ sv, en }` text whenever it sent one (as
 * `formError` already chose it); our words for a known 409 only when it came without a text.
 */
export function quoteFormError(formError: FormError, code: string | undefined): FormError {
  if ("key" in formError && formError.key === "unexpected" && code && CONFLICT_KEYS[code]) return { key: CONFLICT_KEYS[code] }
  return formError
}

/**
 * The backend's field errors of a form that shows only some fields: those beside their fields, the
 * message of any other (e.g. `cart_id`: "Varukorgen är tom eller finns inte.") as the form's error.
 */
export function fieldFailure(fields: FieldErrors, shown: readonly string[]): { error: FormError; fields?: FieldErrors } {
  const beside = Object.fromEntries(Object.entries(fields).filter(([name]) => shown.includes(name)))
  const other = Object.entries(fields)
    .filter(([name]) => !shown.includes(name))
    .flatMap(([, messages]) => messages)
    .filter(Boolean)
  const error: FormError = other.length > 0 ? { text: other.join(" ") } : { key: "fieldsInvalid" }
  return Object.keys(beside).length > 0 ? { error, fields: beside } : { error }
}

export type QuoteNotice = "requested" | "changed" | "expired" | "accepted" | "declined" | "cancelled"

/** What the quote's page says about the quote's state above its lines; null for a sent quote that may be accepted. */
export function quoteNotice(quote: Pick<Quote, "status" | "changed_since_sent">): QuoteNotice | null {
  switch (quote.status) {
    case "requested":
      return "requested"
    case "sent":
      return quote.changed_since_sent ? "changed" : null
    case "expired":
    case "accepted":
    case "declined":
    case "cancelled":
      return quote.status
    default:
      return null
  }
}

const REPLYABLE: readonly QuoteStatus[] = ["requested", "sent", "expired", "accepted", "declined"]

export interface QuoteActions {
  /** "Acceptera offert" with the terms checkbox. */
  accept: boolean
  /** "Avböj offert". */
  decline: boolean
  /** The quote could be accepted, but the user's role in its company does not grant the store. */
  acceptNeedsStore: boolean
  /** "Svara": on every quote but a cancelled one (the backend refuses only that), e.g. to ask for a new one when it expired. */
  reply: boolean
}

/**
 * Which controls a quote offers. Accepting and declining need the store in the quote's company
 * (`canBuy`); accepting also the backend's `can_accept` (sent, not expired, unchanged since it was sent).
 */
export function quoteActions(quote: Pick<Quote, "status" | "can_accept" | "changed_since_sent">, canBuy: boolean): QuoteActions {
  const acceptable = quote.can_accept && quote.status === "sent" && !quote.changed_since_sent
  return {
    accept: canBuy && acceptable,
    decline: canBuy && quote.status === "sent",
    acceptNeedsStore: !canBuy && acceptable,
    reply: (REPLYABLE as readonly string[]).includes(quote.status),
  }
}
