"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { login, type LoginState } from "../actions"

export function LoginForm({ locale, accept }: { locale: string; accept?: string }) {
  const t = useTranslations("login")
  const [state, formAction] = useActionState<LoginState, FormData>(login, {})
  const invalid = !!state.error && "key" in state.error && state.error.key === "invalidCredentials"

  return (
    <form action={formAction} className="form">
      <input type="hidden" name="locale" value={locale} />
      {accept ? <input type="hidden" name="accept" value={accept} /> : null}
      <FormField id="login-email" label={t("email")} invalid={invalid} formErrorId="login-error">
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required defaultValue={state.email} />}
      </FormField>
      <FormField id="login-password" label={t("password")} invalid={invalid} formErrorId="login-error">
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
      </FormField>
      <FormErrorMessage id="login-error" error={state.error} />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  )
}
