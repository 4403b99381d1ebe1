"use client"

import { useTranslations } from "next-intl"
import { FieldMessages, FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useKeptFormAction } from "@/modules/common/use-kept-form-action"
import { registerAccount, type RegisterState } from "../actions"

const MINIMUM_PASSWORD_LENGTH = 12

/** "Registrera konto": name, phone (optional) and password for the address the link was sent to. */
export function RegisterForm({ locale, kind, token, email }: { locale: string; kind: string; token: string; email: string }) {
  const t = useTranslations("register")
  const { state, onSubmit, pending } = useKeptFormAction<RegisterState>(registerAccount, {})
  const fields = state.fields ?? {}
  const described = (name: string, extra?: string) =>
    [extra, fields[name] ? `register-${name}-errors` : undefined, "register-error"].filter(Boolean).join(" ")

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="token" value={token} />
      <div className="field">
        <label htmlFor="register-email">{t("email")}</label>
        <input id="register-email" type="email" value={email} readOnly autoComplete="username" aria-describedby="register-email-hint" />
        <p id="register-email-hint" className="field-hint">
          {t("emailHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="register-name">{t("name")}</label>
        <input
          id="register-name"
          name="name"
          type="text"
          autoComplete="name"
          required

          aria-invalid={!!fields.name || undefined}
          aria-describedby={described("name")}
        />
        <FieldMessages id="register-name-errors" messages={fields.name} />
      </div>
      <div className="field">
        <label htmlFor="register-phone">{t("phone")}</label>
        <input
          id="register-phone"
          name="phone"
          type="tel"
          autoComplete="tel"

          aria-invalid={!!fields.phone || undefined}
          aria-describedby={described("phone", "register-phone-hint")}
        />
        <p id="register-phone-hint" className="field-hint">
          {t("phoneHint")}
        </p>
        <FieldMessages id="register-phone-errors" messages={fields.phone} />
      </div>
      <div className="field">
        <label htmlFor="register-password">{t("password")}</label>
        <input
          id="register-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MINIMUM_PASSWORD_LENGTH}
          aria-invalid={!!fields.password || undefined}
          aria-describedby={described("password", "register-password-hint")}
        />
        <p id="register-password-hint" className="field-hint">
          {t("passwordHint", { minimum: MINIMUM_PASSWORD_LENGTH })}
        </p>
        <FieldMessages id="register-password-errors" messages={fields.password} />
      </div>
      <FormErrorMessage id="register-error" error={state.error} />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  )
}
