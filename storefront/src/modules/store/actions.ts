"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { localeFrom } from "@/i18n/locale-from"
import type { Locale } from "@/i18n/routing"
import type { BackendFailure } from "@/lib/data/backend"
import { addLineItem, completeCart, deleteLineItem, openCart, updateLineItem } from "@/lib/data/store"
import { formErrorFor, localizeFields, type FormState } from "@/lib/errors"
import { logInAgain, sessionLost } from "@/lib/session/lost"
import { readSessionToken } from "@/lib/session/store"
import { MAX_QUANTITY, MAX_REFERENCE_LENGTH } from "./limits"

// Monitor Store's server actions: the cart of the chosen company and "Lägg beställning".
// The backend decides everything (the company's prices, who may buy); these only pass the form on.

export interface CartActionState extends FormState {
  done?: "added" | "updated" | "removed"
  at?: number
}

export type CheckoutState = FormState & { your_reference?: string }

async function sessionToken(locale: Locale): Promise<string> {
  const token = await readSessionToken()
  if (!token) return logInAgain(locale)
  return token
}

function failed(failure: BackendFailure, locale: Locale): CartActionState {
  if (sessionLost(failure)) return logInAgain(locale)
  return { error: formErrorFor(failure, locale), fields: localizeFields(failure.error?.fields, locale) }
}

/** A whole quantity 1–999 from the form, or undefined. */
function quantityFrom(formData: FormData): number | undefined {
  const raw = String(formData.get("quantity") ?? "").trim()
  if (!/^\d{1,3}$/.test(raw)) return undefined
  const quantity = Number(raw)
  return quantity >= 1 && quantity <= MAX_QUANTITY ? quantity : undefined
}

function refreshStore() {
  // The catalog's cart count, the cart and the checkout all show the cart (every portal page is
  // rendered per request; this makes the browser's router show the new state at once).
  revalidatePath("/", "layout")
}

/** "Lägg i varukorgen": the variant into the caller's open cart of the company. */
export async function addToCart(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = localeFrom(formData)
  const quantity = quantityFrom(formData)
  if (quantity === undefined) return { error: { key: "quantityInvalid" }, fields: { quantity: ["#quantityInvalid"] } }
  const token = await sessionToken(locale)
  const companyId = String(formData.get("company_id") ?? "")
  const cart = await openCart(token, companyId)
  if (!cart.ok) return failed(cart, locale)
  const result = await addLineItem(token, companyId, cart.data.id, String(formData.get("variant_id") ?? ""), quantity)
  if (!result.ok) return failed(result, locale)
  refreshStore()
  return { done: "added", at: Date.now() }
}

/** A cart line's new quantity (at least 1; "Ta bort" removes a line). */
export async function changeQuantity(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = localeFrom(formData)
  const quantity = quantityFrom(formData)
  if (quantity === undefined) return { error: { key: "quantityInvalid" }, fields: { quantity: ["#quantityInvalid"] } }
  const token = await sessionToken(locale)
  const result = await updateLineItem(
    token,
    String(formData.get("company_id") ?? ""),
    String(formData.get("cart_id") ?? ""),
    String(formData.get("line_id") ?? ""),
    quantity
  )
  if (!result.ok) return failed(result, locale)
  refreshStore()
  return { done: "updated", at: Date.now() }
}

export async function removeLine(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = localeFrom(formData)
  const token = await sessionToken(locale)
  const result = await deleteLineItem(
    token,
    String(formData.get("company_id") ?? ""),
    String(formData.get("cart_id") ?? ""),
    String(formData.get("line_id") ?? "")
  )
  if (!result.ok) return failed(result, locale)
  refreshStore()
  return { done: "removed", at: Date.now() }
}

/**
 * "Lägg beställning": completes the cart. The backend places the order, delivers its licenses and
 * issues its invoice before it answers; the visitor then sees the confirmation.
 */
export async function placeOrder(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const locale = localeFrom(formData)
  const companyId = String(formData.get("company_id") ?? "")
  const cartId = String(formData.get("cart_id") ?? "")
  const yourReference = String(formData.get("your_reference") ?? "").trim()
  const acceptTerms = formData.get("accept_terms") === "on"

  const fields: Record<string, string[]> = {}
  if (!acceptTerms) fields.accept_terms = ["#termsRequired"]
  if (yourReference.length > MAX_REFERENCE_LENGTH) fields.your_reference = ["#referenceTooLong"]
  if (Object.keys(fields).length > 0) return { error: { key: "fieldsInvalid" }, fields, your_reference: yourReference }

  const token = await sessionToken(locale)
  const result = await completeCart(token, companyId, cartId, {
    accept_terms: true,
    ...(yourReference ? { your_reference: yourReference } : {}),
  })
  if (!result.ok) {
    if (sessionLost(result)) return logInAgain(locale)
    const backendFields = localizeFields(result.error?.fields, locale)
    return {
      error: backendFields ? { key: "fieldsInvalid" } : formErrorFor(result, locale),
      fields: backendFields,
      your_reference: yourReference,
    }
  }
  refreshStore()
  return redirect({
    href: { pathname: `/monitor-store/bekraftelse/${encodeURIComponent(result.data.id)}`, query: { company: companyId } },
    locale,
  })
}
