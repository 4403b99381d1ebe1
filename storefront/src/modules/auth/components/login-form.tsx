"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { login, type LoginState } from "../actions"

export function LoginForm({ locale, accept }: { locale: string; accept?: string }) {
  const t = useTranslations("login")
  const [state, formAction] = useActionState<LoginState, FormData>(login, {})
  const invalid = state.error && "key" in state.error && state.error.key === "invalidCredentials"

  return (
    <form action={formAction} className="form">
      <input type="hidden" name="locale" value={locale} />
      {accept ? <input type="hidden" name="accept" value={accept} /> : null}
      <div className="field">
        <label htmlFor="login-email">{t("email")}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={invalid || undefined}
          aria-describedby="login-error"
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t("password")}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid || undefined}
          aria-describedby="login-error"
        />
      </div>
      <FormErrorMessage id="login-error" error={state.error} />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  )
}
