"use client"

import { useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { StepHeading } from "@/modules/common/components/step-heading"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { requestReset, type ForgotPasswordState } from "../password-reset-actions"

/**
 * "Glömt lösenord": the address → "Skicka länk" → the same confirmation for every address (the
 * portal does not tell whether an address has an account). An error moves the focus to the field.
 */
export function ForgotPasswordForm({ locale }: { locale: string }) {
  const t = useTranslations("passwordReset")
  const { state, onSubmit, pending } = useKeptFormAction<ForgotPasswordState>(requestReset, {})
  const email = useRef<HTMLInputElement>(null)
  const fields = state.fields ?? {}

  useEffect(() => {
    if (state.error) email.current?.focus()
  }, [state])

  if (state.sent) {
    return (
      <>
        <StepHeading focusKey="sent">{t("sentTitle")}</StepHeading>
        <p className="notice" role="status">
          {t("sent")}
        </p>
        <p>{t("sentHint")}</p>
        <p>
          <Link href="/login">{t("backToLogin")}</Link>
        </p>
      </>
    )
  }

  return (
    <>
      <h1>{t("forgotTitle")}</h1>
      <p className="lead">{t("forgotIntro")}</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <FormField id="forgot-email" label={t("email")} errors={fields.email} formErrorId="forgot-error">
          {(control) => (
            <input {...control} ref={email} name="email" type="email" autoComplete="username" required defaultValue={state.email} />
          )}
        </FormField>
        <FormErrorMessage id="forgot-error" error={state.error} />
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </form>
      <p className="auth-links">
        <Link href="/login">{t("backToLogin")}</Link>
      </p>
    </>
  )
}
