"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import type { Locale } from "@/i18n/routing"
import type { BackendFailure } from "@/lib/data/backend"
import { acceptQuote, declineQuote, replyToQuote, requestQuote, type QuoteRequestLines } from "@/lib/data/quotes"
import { formErrorFor, localizeFields, type FormState } from "@/lib/errors"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { readSessionToken } from "@/lib/session/store"
import { fieldFailure, quoteAcceptErrors, quoteFormError, quoteQuantity, quoteReplyErrors, quoteRequestErrors } from "./quote-rules"

// The quotes' server actions: "Begär offert" (from the cart or a product), "Svara", "Acceptera offert"
// and "Avböj offert". They check what the portal can check itself and pass the form on; the backend
// decides the rest (who may, whether the quote is still open) and says why in Swedish and English.

export interface QuoteActionState extends FormState {
  done?: "replied" | "declined"
  at?: number
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

async function sessionToken(locale: Locale): Promise<string> {
  const token = await readSessionToken()
  if (!token) return logInAgain(locale)
  return token
}

/**
 * A refused call as the form's state: the backend's field errors beside the form's fields (`shown`),
 * any other field's on top, else its message on top (a 409's own words).
 */
function failed(failure: BackendFailure, locale: Locale, shown: readonly string[]): QuoteActionState {
  if (sessionLost(failure)) return logInAgain(locale)
  const fields = localizeFields(failure.error?.fields, locale)
  if (fields) return fieldFailure(fields, shown)
  return { error: quoteFormError(formErrorFor(failure, locale), failure.error?.code) }
}

function refresh() {
  // Mina sidor's lists, the quote's page and the cart count (every portal page renders per request;
  // this makes the browser's router show the new state at once).
  revalidatePath("/", "layout")
}

const quoteHref = (companyId: string, quoteId: string, query: Record<string, string> = {}) => ({
  pathname: `/mina-sidor/offerter/${encodeURIComponent(quoteId)}`,
  query: { company: companyId, ...query },
})

/**
 * "Skicka offertförfrågan": the cart's lines (`cart_id`) or one product (`variant_id` and `quantity`),
 * the message and "Er referens". The new quote's page follows.
 */
export async function requestQuoteAction(_previous: QuoteActionState, formData: FormData): Promise<QuoteActionState> {
  const locale = localeFrom(formData)
  const companyId = text(formData, "company_id")
  const cartId = text(formData, "cart_id")
  const variantId = text(formData, "variant_id")
  const message = text(formData, "message")
  const yourReference = text(formData, "your_reference")
  const quantity = cartId ? undefined : text(formData, "quantity")

  const fields = quoteRequestErrors({ message, your_reference: yourReference, quantity })
  if (Object.keys(fields).length > 0) return { error: { key: "fieldsInvalid" }, fields }
  if (!companyId || (!cartId && !variantId)) return { error: { key: "unexpected" } }

  const lines: QuoteRequestLines = cartId
    ? { cart_id: cartId }
    : { items: [{ variant_id: variantId, quantity: quoteQuantity(quantity ?? "") ?? 1 }] }
  const token = await sessionToken(locale)
  const result = await requestQuote(token, companyId, { ...lines, message, ...(yourReference ? { your_reference: yourReference } : {}) })
  if (!result.ok) return failed(result, locale, ["message", "your_reference", ...(cartId ? [] : ["quantity"])])
  refresh()
  return redirect({ href: quoteHref(companyId, result.data.id, { begard: "1" }), locale })
}

/** "Skicka svaret": a message to Monitor in the quote's thread. */
export async function replyToQuoteAction(_previous: QuoteActionState, formData: FormData): Promise<QuoteActionState> {
  const locale = localeFrom(formData)
  const reply = text(formData, "text")
  const fields = quoteReplyErrors(reply)
  if (Object.keys(fields).length > 0) return { error: { key: "fieldsInvalid" }, fields }
  const token = await sessionToken(locale)
  const result = await replyToQuote(token, text(formData, "company_id"), text(formData, "quote_id"), reply)
  if (!result.ok) return failed(result, locale, ["text"])
  refresh()
  return { done: "replied", at: Date.now() }
}

/**
 * "Acceptera offert": with the terms accepted, the quote becomes an order (its licenses and invoice
 * exist when the backend answers); the visitor then sees the store's confirmation, like after the checkout.
 */
export async function acceptQuoteAction(_previous: QuoteActionState, formData: FormData): Promise<QuoteActionState> {
  const locale = localeFrom(formData)
  const companyId = text(formData, "company_id")
  const quoteId = text(formData, "quote_id")
  const fields = quoteAcceptErrors(formData.get("accept_terms"))
  if (Object.keys(fields).length > 0) return { error: { key: "fieldsInvalid" }, fields }
  const token = await sessionToken(locale)
  const result = await acceptQuote(token, companyId, quoteId)
  if (!result.ok) return failed(result, locale, ["accept_terms"])
  refresh()
  if (!result.data.id) return redirect({ href: quoteHref(companyId, quoteId), locale })
  return redirect({
    href: { pathname: `/monitor-store/bekraftelse/${encodeURIComponent(result.data.id)}`, query: { company: companyId } },
    locale,
  })
}

/** "Avböj offert" (after "Ja, avböj"). */
export async function declineQuoteAction(_previous: QuoteActionState, formData: FormData): Promise<QuoteActionState> {
  const locale = localeFrom(formData)
  const token = await sessionToken(locale)
  const result = await declineQuote(token, text(formData, "company_id"), text(formData, "quote_id"))
  if (!result.ok) return failed(result, locale, [])
  refresh()
  return { done: "declined", at: Date.now() }
}
