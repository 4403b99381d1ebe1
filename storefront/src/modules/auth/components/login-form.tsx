"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { login, type LoginState } from "../actions";

function SubmitButton() {
  const { pending } = useFormStatus();
  const t = useTranslations("login");
  return (
    <button type="submit" className="button button--primary" disabled={pending} aria-disabled={pending}>
      {pending ? t("submitting") : t("submit")}
    </button>
  );
}

export function LoginForm({ locale }: { locale: string }) {
  const t = useTranslations("login");
  const [state, formAction] = useActionState<LoginState, FormData>(login, {});

  return (
    <form action={formAction} className="form" noValidate={false}>
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="login-email">{t("email")}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.error === "invalidCredentials" || undefined}
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
          aria-invalid={state.error === "invalidCredentials" || undefined}
          aria-describedby="login-error"
        />
      </div>
      <div id="login-error" className="form-error" aria-live="assertive" aria-atomic="true">
        {state.error ? <p role="alert">{t(`errors.${state.error}`)}</p> : null}
      </div>
      <SubmitButton />
    </form>
  );
}
