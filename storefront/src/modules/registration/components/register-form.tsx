"use client"

import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { registerAccount, type RegisterState } from "../actions"
import { MINIMUM_PASSWORD_LENGTH } from "../validation"

/** "Registrera konto": name, phone (optional) and password for the address the link was sent to. */
export function RegisterForm({ locale, kind, token, email }: { locale: string; kind: string; token: string; email: string }) {
  const t = useTranslations("register")
  const { state, onSubmit, pending } = useKeptFormAction<RegisterState>(registerAccount, {})
  const fields = state.fields ?? {}

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="token" value={token} />
      <FormField id="register-email" label={t("email")} hint={t("emailHint")} hintAfterControl>
        {(control) => <input {...control} type="email" value={email} readOnly autoComplete="username" />}
      </FormField>
      <FormField id="register-name" label={t("name")} errors={fields.name} formErrorId="register-error">
        {(control) => <input {...control} name="name" type="text" autoComplete="name" required />}
      </FormField>
      <FormField
        id="register-phone"
        label={t("phone")}
        hint={t("phoneHint")}
        hintAfterControl
        errors={fields.phone}
        formErrorId="register-error"
      >
        {(control) => <input {...control} name="phone" type="tel" autoComplete="tel" />}
      </FormField>
      <FormField
        id="register-password"
        label={t("password")}
        hint={t("passwordHint", { minimum: MINIMUM_PASSWORD_LENGTH })}
        hintAfterControl
        errors={fields.password}
        formErrorId="register-error"
      >
        {(control) => (
          <input {...control} name="password" type="password" autoComplete="new-password" required minLength={MINIMUM_PASSWORD_LENGTH} />
        )}
      </FormField>
      <FormErrorMessage id="register-error" error={state.error} />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
