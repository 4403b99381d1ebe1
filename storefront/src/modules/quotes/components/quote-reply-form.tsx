"use client"

import { useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { replyToQuoteAction, type QuoteActionState } from "../actions"
import { MAX_QUOTE_MESSAGE_LENGTH } from "../quote-rules"

const ERROR_ID = "quote-reply-error"

/** "Svara": a message to Monitor in the quote's thread; emptied once it is sent. */
export function QuoteReplyForm({ locale, companyId, quoteId }: { locale: string; companyId: string; quoteId: string }) {
  const t = useTranslations("quotes")
  const { state, onSubmit, pending } = useKeptFormAction<QuoteActionState>(replyToQuoteAction, {})
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.done === "replied") form.current?.reset()
  }, [state.done, state.at])
  return (
    <form
      ref={form}
      onSubmit={(event) => {
        if (pending) return event.preventDefault()
        onSubmit(event)
      }}
      className="form"
      noValidate
      aria-labelledby="quote-reply-title"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="quote_id" value={quoteId} />
      <FormField id="quote-reply-text" label={t("replyLabel")} errors={state.fields?.text} formErrorId={ERROR_ID}>
        {(control) => <textarea {...control} name="text" rows={5} maxLength={MAX_QUOTE_MESSAGE_LENGTH} required />}
      </FormField>
      <FormErrorMessage id={ERROR_ID} error={state.error} />
      <p role="status" className="inline-status">
        {state.done === "replied" && !state.error ? t("replied") : null}
      </p>
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  )
}
