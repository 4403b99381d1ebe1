"use client"

import { forwardRef } from "react"

/** The six-digit code field (app, SMS or e-mail): numeric keyboard, one-time-code autofill. */
export const CodeInput = forwardRef<
  HTMLInputElement,
  { id: string; label: string; hint?: string; invalid?: boolean; errorId: string; autoFocus?: boolean }
>(function CodeInput({ id, label, hint, invalid, errorId, autoFocus }, ref) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        ref={ref}
        id={id}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        autoFocus={autoFocus}
        className="code-input"
        aria-invalid={invalid || undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
      />
    </div>
  )
})
