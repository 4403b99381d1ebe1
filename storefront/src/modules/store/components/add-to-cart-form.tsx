"use client"

import { useActionState, useId } from "react"
import { useTranslations } from "next-intl"
import { FieldMessages, FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { addToCart, type CartActionState } from "../actions"
import { MAX_QUANTITY } from "../limits"

/** Quantity + "Lägg i varukorgen" for one variant; the page (and its cart count) refreshes after it. */
export function AddToCartForm({
  locale,
  companyId,
  variantId,
  productTitle,
}: {
  locale: string
  companyId: string
  variantId: string
  productTitle: string
}) {
  const t = useTranslations("store")
  const id = useId()
  const [state, formAction] = useActionState<CartActionState, FormData>(addToCart, {})
  const quantityErrors = state.fields?.quantity
  return (
    <form action={formAction} className="add-to-cart">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <div className="add-to-cart__row">
        <label htmlFor={`${id}-quantity`}>
          {t("quantity")}
          <span className="visually-hidden"> {t("quantityFor", { product: productTitle })}</span>
        </label>
        <input
          id={`${id}-quantity`}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUANTITY}
          step={1}
          defaultValue={1}
          required
          className="quantity-input"
          aria-invalid={quantityErrors ? true : undefined}
          aria-describedby={[quantityErrors ? `${id}-quantity-errors` : undefined, `${id}-error`].filter(Boolean).join(" ")}
        />
        <SubmitButton pendingLabel={t("adding")}>
          {t("addToCart")}
          <span className="visually-hidden"> {t("addToCartFor", { product: productTitle })}</span>
        </SubmitButton>
        <span role="status" className="inline-status">
          {state.done === "added" && !state.error ? t("added") : null}
        </span>
      </div>
      <FieldMessages id={`${id}-quantity-errors`} messages={quantityErrors} />
      <FormErrorMessage id={`${id}-error`} error={state.error} />
    </form>
  )
}
