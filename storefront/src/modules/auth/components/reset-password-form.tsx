"use client"

import { useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { FormState } from "@/lib/errors"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { StepHeading } from "@/modules/common/components/step-heading"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { MINIMUM_PASSWORD_LENGTH, problemFields, resetFieldProblems } from "../password-reset"
import { resetPassword, type ResetPasswordState } from "../password-reset-actions"

/** An expired, used or missing reset link: say so clearly and offer a new one. */
export function ResetLinkUnusable() {
  const t = useTranslations("passwordReset")
  return (
    <>
      <StepHeading focusKey="link-unusable">{t("linkUnusableTitle")}</StepHeading>
      <p role="alert" className="notice notice--warning">
        {t("linkUnusableBody")}
      </p>
      <p>
        <Link href="/glomt-losenord" className="button button--primary">
          {t("askForNew")}
        </Link>
      </p>
      <p>
        <Link href="/login">{t("backToLogin")}</Link>
      </p>
    </>
  )
}

/**
 * "Välj ett nytt lösenord" from the e-mailed link: the new password twice → "Spara nytt lösenord".
 * The browser checks length and match first (the server action checks again, the backend also
 * refuses common passwords); errors are shown at their field, which takes the focus.
 */
export function ResetPasswordForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("passwordReset")
  const { state, onSubmit, pending } = useKeptFormAction<ResetPasswordState>(resetPassword, {})
  // The browser's own check, shown until the next answer from the server.
  const [local, setLocal] = useState<FormState | undefined>()
  const form = useRef<HTMLFormElement>(null)
  const shown: FormState = local ?? state
  const fields = shown.fields ?? {}

  // A new error (the browser's or the server's) moves the focus to the first field it concerns.
  const focusError = () =>
    (
      form.current?.querySelector<HTMLInputElement>("input[aria-invalid=true]") ??
      form.current?.querySelector<HTMLInputElement>("#reset-password")
    )?.focus()
  useEffect(() => {
    if (local?.error) focusError()
  }, [local])
  useEffect(() => {
    if (state.error) focusError()
  }, [state])

  if (state.outcome === "linkUnusable") return <ResetLinkUnusable />
  if (state.outcome === "changed") {
    return (
      <>
        <StepHeading focusKey="changed">{t("changedTitle")}</StepHeading>
        <p className="notice" role="status">
          {t("changedBody")}
        </p>
        <p>
          <Link href="/login" className="button button--primary">
            {t("logIn")}
          </Link>
        </p>
      </>
    )
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget)
    const problems = resetFieldProblems({ password: String(data.get("password") ?? ""), repeat: String(data.get("repeat") ?? "") })
    if (problems) {
      event.preventDefault()
      setLocal({ error: { key: "fieldsInvalid" }, fields: problemFields(problems) })
      return
    }
    setLocal(undefined)
    onSubmit(event)
  }

  return (
    <>
      <h1>{t("resetTitle")}</h1>
      <p className="lead">{t("resetIntro")}</p>
      <form ref={form} onSubmit={submit} className="form" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <FormField
          id="reset-password"
          label={t("newPassword")}
          hint={t("passwordHint", { minimum: MINIMUM_PASSWORD_LENGTH })}
          hintAfterControl
          errors={fields.password}
          formErrorId="reset-error"
        >
          {(control) => (
            <input {...control} name="password" type="password" autoComplete="new-password" required minLength={MINIMUM_PASSWORD_LENGTH} />
          )}
        </FormField>
        <FormField id="reset-repeat" label={t("repeatPassword")} errors={fields.repeat} formErrorId="reset-error">
          {(control) => <input {...control} name="repeat" type="password" autoComplete="new-password" required />}
        </FormField>
        <FormErrorMessage id="reset-error" error={shown.error} />
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </form>
    </>
  )
}
