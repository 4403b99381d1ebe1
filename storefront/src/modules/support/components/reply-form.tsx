"use client"

import { useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { replyAction, type TicketActionState } from "../actions"
import { AttachmentField, filesAllowed } from "./attachment-field"

const ERROR_ID = "reply-error"

/** "Svara": the text and its attachments; emptied once the reply is sent. */
export function ReplyForm({ locale, companyId, ticketId }: { locale: string; companyId: string; ticketId: string }) {
  const t = useTranslations("support.ticket")
  const { state, onSubmit, pending } = useKeptFormAction<TicketActionState>(replyAction, {})
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.done === "replied") form.current?.reset()
  }, [state.done, state.at])
  return (
    <form
      ref={form}
      onSubmit={(event) => {
        if (pending) return event.preventDefault()
        if (filesAllowed(event)) onSubmit(event)
      }}
      className="form"
      noValidate
      aria-labelledby="reply-title"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="company_id" value={companyId} />
      <input type="hidden" name="ticket_id" value={ticketId} />
      <FormField id="reply-body" label={t("replyLabel")} errors={state.fields?.body} formErrorId={ERROR_ID}>
        {(control) => <textarea {...control} name="body" rows={6} maxLength={20_000} required />}
      </FormField>
      <AttachmentField id="reply-files" label={t("replyAttachments")} errors={state.fields?.files} formErrorId={ERROR_ID} />
      <FormErrorMessage id={ERROR_ID} error={state.error} />
      <p role="status">{state.done === "replied" ? t("done.replied") : null}</p>
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  )
}
