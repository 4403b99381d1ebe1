"use client"

import { useActionState, useId } from "react"
import { useTranslations } from "next-intl"
import { FieldMessages, FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { changeQuantity, removeLine, type CartActionState } from "../actions"
import { MAX_QUANTITY } from "../limits"

interface LineProps {
  locale: string
  companyId: string
  cartId: string
  lineId: string
  productTitle: string
}

/** A cart line's quantity and its own "Uppdatera" button (changing the number alone changes nothing). */
export function QuantityForm({ locale, companyId, cartId, lineId, productTitle, quantity }: LineProps & { quantity: number }) {
  const t = useTranslations("cart")
  const id = useId()
  const [state, formAction] = useActionState<CartActionState, FormData>(changeQuantity, {})
  const errors = state.fields?.quantity
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="cart_id" value={cartId} />
      <input type="hidden" name="line_id" value={lineId} />
      <label htmlFor={`${id}-quantity`} className="visually-hidden">
        {t("quantityFor", { product: productTitle })}
      </label>
      <input
        id={`${id}-quantity`}
        key={quantity}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUANTITY}
        step={1}
        defaultValue={quantity}
        required
        className="quantity-input"
        aria-invalid={errors ? true : undefined}
        aria-describedby={[errors ? `${id}-quantity-errors` : undefined, `${id}-error`].filter(Boolean).join(" ")}
      />
      <SubmitButton className="button button--small" pendingLabel={t("updating")}>
        {t("update")}
        <span className="visually-hidden"> {t("forProduct", { product: productTitle })}</span>
      </SubmitButton>
      <span role="status" className="inline-status">
        {state.done === "updated" && !state.error ? t("updated") : null}
      </span>
      <FieldMessages id={`${id}-quantity-errors`} messages={errors} />
      <FormErrorMessage id={`${id}-error`} error={state.error} />
    </form>
  )
}

export function RemoveLineForm({ locale, companyId, cartId, lineId, productTitle }: LineProps) {
  const t = useTranslations("cart")
  const id = useId()
  const [state, formAction] = useActionState<CartActionState, FormData>(removeLine, {})
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="cart_id" value={cartId} />
      <input type="hidden" name="line_id" value={lineId} />
      <SubmitButton className="button button--small" pendingLabel={t("removing")}>
        {t("remove")}
        <span className="visually-hidden"> {t("forProduct", { product: productTitle })}</span>
      </SubmitButton>
      <FormErrorMessage id={`${id}-error`} error={state.error} />
    </form>
  )
}
