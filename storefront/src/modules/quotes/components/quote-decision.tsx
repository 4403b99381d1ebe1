"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { FieldMessages, FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { acceptQuoteAction, declineQuoteAction, type QuoteActionState } from "../actions"

type Ids = { locale: string; companyId: string; quoteId: string }

function Hidden({ locale, companyId, quoteId }: Ids) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="quote_id" value={quoteId} />
    </>
  )
}

/**
 * "Jag godkänner villkoren" (required, with the store's terms a link away, like the checkout's) and
 * "Acceptera offert". A refusal (409: changed, expired, no longer open) shows the backend's words.
 */
export function AcceptQuoteForm(ids: Ids) {
  const t = useTranslations("quotes")
  const { state, onSubmit, pending } = useKeptFormAction<QuoteActionState>(acceptQuoteAction, {})
  const termsErrors = state.fields?.accept_terms
  return (
    <form onSubmit={onSubmit} className="form checkout-form" noValidate aria-labelledby="quote-decision-title">
      <Hidden {...ids} />
      <div className="field">
        <div className="checkbox">
          <input
            id="quote-terms"
            name="accept_terms"
            type="checkbox"
            aria-invalid={termsErrors ? true : undefined}
            aria-describedby={[termsErrors ? "quote-terms-errors" : undefined, "quote-accept-error"].filter(Boolean).join(" ")}
          />
          <label htmlFor="quote-terms">{t("acceptTerms")}</label>
        </div>
        <p className="field-hint">
          <Link href="/monitor-store/villkor" target="_blank" rel="noopener">
            {t("termsLink")}
            <span className="visually-hidden"> {t("opensInNewTab")}</span>
          </Link>
        </p>
        <FieldMessages id="quote-terms-errors" messages={termsErrors} />
      </div>
      <FormErrorMessage id="quote-accept-error" error={state.error} />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={t("accepting")}>
          {t("accept")}
        </SubmitButton>
      </div>
    </form>
  )
}

/**
 * "Avböj offert": asks first ("Avböja offert 1001?" with "Ja, avböj" and "Avbryt"); the focus moves to
 * the confirming button, and "Avbryt" or Escape puts it back on "Avböj offert".
 */
export function DeclineQuoteForm({ number, ...ids }: Ids & { number: string }) {
  const t = useTranslations("quotes")
  const [state, formAction] = useActionState<QuoteActionState, FormData>(declineQuoteAction, {})
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLDivElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)
  useEffect(() => {
    if (asking) confirmRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus()
    else if (wasAsking.current) openRef.current?.focus()
    wasAsking.current = asking
  }, [asking])
  useEffect(() => {
    if (state.error || state.done) setAsking(false)
  }, [state])
  return (
    <div className="confirm-action">
      {asking ? (
        <form action={formAction} className="inline-form">
          <Hidden {...ids} />
          <div
            ref={confirmRef}
            role="group"
            aria-labelledby="quote-decline-question"
            className="confirm-action__question"
            onKeyDown={(event) => {
              if (event.key === "Escape") setAsking(false)
            }}
          >
            <span id="quote-decline-question">{t("declineQuestion", { number })}</span>
            <SubmitButton className="button button--small button--danger" pendingLabel={t("declining")}>
              {t("declineConfirm")}
            </SubmitButton>
            <button type="button" className="button button--small" onClick={() => setAsking(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button ref={openRef} type="button" className="button" onClick={() => setAsking(true)}>
          {t("decline")}
        </button>
      )}
      <span role="status" className="inline-status">
        {state.done === "declined" && !state.error ? t("declinedDone") : null}
      </span>
      <FormErrorMessage id="quote-decline-error" error={state.error} />
    </div>
  )
}
