"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** A submit button that shows the form is being sent and cannot be pressed twice meanwhile. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "button button--primary",
  ariaLabel,
  name,
  value,
  pending: pendingOverride,
}: {
  children: ReactNode
  pendingLabel?: ReactNode
  className?: string
  ariaLabel?: string
  name?: string
  value?: string
  /** For forms submitted with onSubmit (no form action), where useFormStatus knows nothing. */
  pending?: boolean
}) {
  const status = useFormStatus()
  const pending = pendingOverride ?? status.pending
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} aria-label={ariaLabel} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
