"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { submitTicket, type TicketActionState } from "../actions"
import { TICKET_CATEGORIES, TICKET_PRIORITIES } from "../words"
import { AttachmentField, filesAllowed } from "./attachment-field"

const ERROR_ID = "new-ticket-error"

/**
 * "Nytt ärende": Företag (when several), Ämne, Beskrivning, Kategori, Prioritet, Monitor-version and
 * Bilagor. `idempotencyKey` is made once when the page renders and goes with every submit of this form.
 */
export function NewTicketForm({
  locale,
  companies,
  idempotencyKey,
}: {
  locale: string
  companies: readonly { id: string; name: string }[]
  idempotencyKey: string
}) {
  const t = useTranslations("support")
  const { state, onSubmit, pending } = useKeptFormAction<TicketActionState>(submitTicket, {})
  // Kept from the first render: a refreshed page tree must not hand this form a second key.
  const [key] = useState(idempotencyKey)
  const fields = state.fields ?? {}
  return (
    <form
      onSubmit={(event) => {
        if (pending) return event.preventDefault()
        if (filesAllowed(event)) onSubmit(event)
      }}
      className="form"
      noValidate
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotency_key" value={key} />
      {companies.length === 1 ? (
        <>
          <input type="hidden" name="company_id" value={companies[0].id} />
          <p>
            {t("new.company")}: <strong>{companies[0].name}</strong>
          </p>
        </>
      ) : (
        <FormField id="new-ticket-company" label={t("new.company")} errors={fields.company_id} formErrorId={ERROR_ID}>
          {(control) => (
            <select {...control} name="company_id" defaultValue="" required>
              <option value="" disabled>
                {t("new.chooseCompany")}
              </option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="new-ticket-subject" label={t("new.subject")} errors={fields.subject} formErrorId={ERROR_ID}>
        {(control) => <input {...control} name="subject" type="text" maxLength={200} required autoComplete="off" />}
      </FormField>
      <FormField
        id="new-ticket-description"
        label={t("new.description")}
        hint={t("new.descriptionHint")}
        errors={fields.description}
        formErrorId={ERROR_ID}
      >
        {(control) => <textarea {...control} name="description" rows={8} maxLength={20_000} required />}
      </FormField>
      <FormField id="new-ticket-category" label={t("new.category")} errors={fields.category} formErrorId={ERROR_ID}>
        {(control) => (
          <select {...control} name="category" defaultValue="" required>
            <option value="" disabled>
              {t("new.chooseCategory")}
            </option>
            {TICKET_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="new-ticket-priority" label={t("new.priority")} errors={fields.priority} formErrorId={ERROR_ID}>
        {(control) => (
          <select {...control} name="priority" defaultValue="normal" required>
            {TICKET_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="new-ticket-erp-version"
        label={t("new.erpVersion")}
        hint={t("new.erpVersionHint")}
        errors={fields.erp_version}
        formErrorId={ERROR_ID}
      >
        {(control) => <input {...control} name="erp_version" type="text" maxLength={50} autoComplete="off" />}
      </FormField>
      <AttachmentField id="new-ticket-files" label={t("new.attachments")} errors={fields.files} formErrorId={ERROR_ID} />
      <FormErrorMessage id={ERROR_ID} error={state.error} />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={t("new.submitting")}>
          {t("new.submit")}
        </SubmitButton>
      </div>
    </form>
  )
}
