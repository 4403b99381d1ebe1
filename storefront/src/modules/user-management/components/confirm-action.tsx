"use client"

import { useActionState, useEffect, useId, useRef, useState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import type { ChangeState } from "../actions"

/**
 * A button whose action asks first (when `question` is given): the question and "Ja"/"Avbryt"
 * replace the button, the focus moves to the confirming button, and "Avbryt" or Escape puts it back.
 */
export function ConfirmAction({
  action,
  hidden,
  label,
  question,
  confirmLabel,
  doneMessage,
  className = "button button--small",
}: {
  action: (state: ChangeState, formData: FormData) => Promise<ChangeState>
  hidden: Record<string, string>
  label: ReactNode
  question?: string
  confirmLabel?: ReactNode
  doneMessage?: string
  className?: string
}) {
  const t = useTranslations("manageUsers")
  const id = useId()
  const [state, formAction] = useActionState<ChangeState, FormData>(action, {})
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLDivElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (asking) confirmRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus()
    else if (wasAsking.current) openRef.current?.focus()
    wasAsking.current = asking
  }, [asking])
  useEffect(() => {
    if (state.error || state.done) setAsking(false)
  }, [state])

  const fields = Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)

  return (
    <div className="confirm-action">
      {question && !asking ? (
        <button ref={openRef} type="button" className={className} onClick={() => setAsking(true)}>
          {label}
        </button>
      ) : null}
      {!question || asking ? (
        <form action={formAction} className="inline-form">
          {fields}
          {question ? (
            <div
              ref={confirmRef}
              role="group"
              aria-labelledby={`${id}-question`}
              className="confirm-action__question"
              onKeyDown={(event) => {
                if (event.key === "Escape") setAsking(false)
              }}
            >
              <span id={`${id}-question`}>{question}</span>
              <SubmitButton className="button button--small button--danger">{confirmLabel ?? label}</SubmitButton>
              <button type="button" className="button button--small" onClick={() => setAsking(false)}>
                {t("cancel")}
              </button>
            </div>
          ) : (
            <SubmitButton className={className}>{label}</SubmitButton>
          )}
        </form>
      ) : null}
      <span role="status" className="inline-status">
        {state.done && !state.error && doneMessage ? doneMessage : null}
      </span>
      <FormErrorMessage id={`${id}-error`} error={state.error} />
    </div>
  )
}
