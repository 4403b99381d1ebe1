"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import type { PendingMethod } from "@/lib/session/pending"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { requestSmsCode, submitChallengeCode, type CodeState } from "../actions"
import { ArrowButton } from "./arrow-button"
import { CodeInput } from "./code-input"

/**
 * The second step of a login: the six-digit code from the app (or from an SMS, which the visitor
 * asks for), or one of the recovery codes. The arrow button logs in.
 */
export function ChallengeForm({ locale, methods }: { locale: string; methods: readonly PendingMethod[] }) {
  const t = useTranslations("loginSteps")
  const hasTotp = methods.includes("totp")
  const hasSms = methods.includes("sms")
  // Recovery codes come with every enrolment, whether or not the backend lists them as a method.
  const hasRecovery = true
  const [method, setMethod] = useState<PendingMethod>(hasTotp || !hasSms ? "totp" : "sms")
  const [state, formAction] = useActionState<CodeState, FormData>(submitChallengeCode, {})
  const [smsState, smsAction] = useActionState<CodeState, FormData>(requestSmsCode, {})
  const input = useRef<HTMLInputElement>(null)
  const moved = useRef(false)

  useEffect(() => {
    if (smsState.sent === "sms") setMethod("sms")
  }, [smsState])
  useEffect(() => {
    // After the visitor switched the kind of code, the field is where they continue.
    if (moved.current) input.current?.focus()
  }, [method])

  const switchTo = (next: PendingMethod) => {
    moved.current = true
    setMethod(next)
  }

  const recovery = method === "recovery_code"
  const hint = recovery ? t("recoveryHint") : method === "sms" ? t("smsHint") : t("totpHint")

  return (
    <div className="step">
      <form action={formAction} className="form" key={method}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="method" value={method} />
        <div className="code-row">
          {recovery ? (
            <FormField
              id="challenge-code"
              label={t("recoveryLabel")}
              hint={hint}
              invalid={!!state.fields?.code}
              formErrorId="challenge-error"
            >
              {(control) => <input {...control} ref={input} name="code" type="text" autoComplete="off" spellCheck={false} required />}
            </FormField>
          ) : (
            <CodeInput
              ref={input}
              id="challenge-code"
              label={t("codeLabel")}
              hint={hint}
              invalid={!!state.fields?.code}
              errorId="challenge-error"
            />
          )}
          <ArrowButton />
        </div>
        <FormErrorMessage id="challenge-error" error={state.error} />
      </form>

      <div className="step__alternatives">
        {hasSms ? (
          <form action={smsAction}>
            <input type="hidden" name="locale" value={locale} />
            <SubmitButton className="button" pendingLabel={t("smsSending")}>
              {t("sendSms")}
            </SubmitButton>
          </form>
        ) : null}
        <div role="status" aria-live="polite" className="step__status">
          {smsState.sent === "sms" ? <p className="notice">{t("smsSent")}</p> : null}
        </div>
        <FormErrorMessage id="sms-error" error={smsState.error} />
        {hasRecovery ? (
          <button
            type="button"
            className="link-button"
            onClick={() => switchTo(recovery ? (hasTotp || !hasSms ? "totp" : "sms") : "recovery_code")}
          >
            {recovery ? t("useCode") : t("useRecovery")}
          </button>
        ) : null}
      </div>
    </div>
  )
}
