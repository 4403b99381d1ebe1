"use client"

import { forwardRef } from "react"
import { FormField } from "@/modules/common/components/form-field"

/** The six-digit code field (app, SMS or e-mail): numeric keyboard, one-time-code autofill. */
export const CodeInput = forwardRef<
  HTMLInputElement,
  { id: string; label: string; hint?: string; invalid?: boolean; errorId: string; autoFocus?: boolean }
>(function CodeInput({ id, label, hint, invalid, errorId, autoFocus }, ref) {
  return (
    <FormField id={id} label={label} hint={hint} invalid={invalid} formErrorId={errorId}>
      {(control) => (
        <input
          {...control}
          ref={ref}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          autoFocus={autoFocus}
          className="code-input"
        />
      )}
    </FormField>
  )
})
