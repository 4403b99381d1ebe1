"use client"

import { useEffect, useId, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { requestQuoteAction, type QuoteActionState } from "../actions"
import { MAX_QUOTE_MESSAGE_LENGTH, MAX_QUOTE_QUANTITY, MAX_QUOTE_REFERENCE_LENGTH } from "../quote-rules"

/** What the quote is asked for: the open cart, or one product of the catalog (with its quantity). */
export type RequestQuoteSubject = { cartId: string } | { variantId: string; productTitle: string }

/**
 * "Begär offert": a button that shows the small form below it (Meddelande — required, Er referens —
 * optional; from the catalog also Antal) and hides it again ("Avbryt", Escape). Opening moves the focus
 * to the message; closing puts it back on the button. Sent, the new quote's page follows.
 */
export function RequestQuoteForm({
  locale,
  companyId,
  subject,
  small = false,
}: {
  locale: string
  companyId: string
  subject: RequestQuoteSubject
  /** The catalog's smaller button. */
  small?: boolean
}) {
  const t = useTranslations("quotes.request")
  const id = useId()
  const formId = `${id}-form`
  const errorId = `${id}-error`
  const [open, setOpen] = useState(false)
  const { state, onSubmit, pending } = useKeptFormAction<QuoteActionState>(requestQuoteAction, {})
  const toggle = useRef<HTMLButtonElement>(null)
  const message = useRef<HTMLTextAreaElement>(null)
  const wasOpen = useRef(false)
  useEffect(() => {
    if (open) message.current?.focus()
    else if (wasOpen.current) toggle.current?.focus()
    wasOpen.current = open
  }, [open])

  const product = "productTitle" in subject ? subject.productTitle : undefined
  return (
    <div className="request-quote">
      <button
        ref={toggle}
        type="button"
        className={small ? "button button--small" : "button"}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((value) => !value)}
      >
        {t("open")}
        {product ? <span className="visually-hidden"> {t("forProduct", { product })}</span> : null}
      </button>
      <form
        id={formId}
        hidden={!open}
        onSubmit={(event) => {
          if (pending) return event.preventDefault()
          onSubmit(event)
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false)
        }}
        className="form request-quote__form"
        noValidate
        aria-label={product ? t("formLabelFor", { product }) : t("formLabel")}
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="company_id" value={companyId} />
        {"cartId" in subject ? (
          <input type="hidden" name="cart_id" value={subject.cartId} />
        ) : (
          <input type="hidden" name="variant_id" value={subject.variantId} />
        )}
        {product ? (
          <FormField id={`${id}-quantity`} label={t("quantity")} errors={state.fields?.quantity} formErrorId={errorId}>
            {(control) => (
              <input
                {...control}
                name="quantity"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_QUOTE_QUANTITY}
                step={1}
                defaultValue={1}
                required
                className="quantity-input"
              />
            )}
          </FormField>
        ) : null}
        <FormField id={`${id}-message`} label={t("message")} hint={t("messageHint")} errors={state.fields?.message} formErrorId={errorId}>
          {(control) => <textarea {...control} ref={message} name="message" rows={4} maxLength={MAX_QUOTE_MESSAGE_LENGTH} required />}
        </FormField>
        <FormField
          id={`${id}-reference`}
          label={t("reference")}
          hint={t("referenceHint")}
          errors={state.fields?.your_reference}
          formErrorId={errorId}
        >
          {(control) => <input {...control} name="your_reference" type="text" maxLength={MAX_QUOTE_REFERENCE_LENGTH} autoComplete="off" />}
        </FormField>
        <FormErrorMessage id={errorId} error={state.error} />
        <div className="form-actions">
          <SubmitButton pending={pending} pendingLabel={t("sending")}>
            {t("submit")}
          </SubmitButton>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </div>
  )
}
