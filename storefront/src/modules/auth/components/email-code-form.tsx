"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { resendEmailCode, submitEmailCode, type CodeState } from "../actions"
import { CodeInput } from "./code-input"

/** An account without a second factor first proves its e-mail address with an e-mailed code. */
export function EmailCodeForm({ locale }: { locale: string }) {
  const t = useTranslations("loginSteps")
  const [state, formAction] = useActionState<CodeState, FormData>(submitEmailCode, {})
  const [resendState, resendAction] = useActionState<CodeState, FormData>(resendEmailCode, {})
  return (
    <div className="step">
      <form action={formAction} className="form">
        <input type="hidden" name="locale" value={locale} />
        <CodeInput id="email-code" label={t("emailCodeLabel")} invalid={!!state.fields?.code} errorId="email-code-error" />
        <FormErrorMessage id="email-code-error" error={state.error} />
        <SubmitButton pendingLabel={t("checking")}>{t("continue")}</SubmitButton>
      </form>
      <div className="step__alternatives">
        <form action={resendAction}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton className="link-button" pendingLabel={t("sending")}>
            {t("resendEmail")}
          </SubmitButton>
        </form>
        <div role="status" aria-live="polite" className="step__status">
          {resendState.sent === "email" ? <p className="notice">{t("emailResent")}</p> : null}
        </div>
        <FormErrorMessage id="email-resend-error" error={resendState.error} />
      </div>
    </div>
  )
}
