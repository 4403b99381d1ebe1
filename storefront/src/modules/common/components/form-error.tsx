"use client"

import { useTranslations } from "next-intl"
import type { FormError } from "@/lib/errors"

/**
 * A form's error in a live region that is always in the page (so that screen readers announce
 * the text when it appears): our own message by key, or the backend's text as it is.
 */
export function FormErrorMessage({ id, error }: { id: string; error?: FormError }) {
  const t = useTranslations("errors")
  return (
    <div id={id} className="form-error" aria-live="assertive" aria-atomic="true">
      {error ? <p role="alert">{"key" in error ? t(error.key, error.values) : error.text}</p> : null}
    </div>
  )
}

/**
 * The messages of one field, referenced by the field's aria-describedby. A message "#key" is one
 * of our own (under `errors`); any other is the backend's text, already in the visitor's language.
 */
export function FieldMessages({ id, messages }: { id: string; messages?: string[] }) {
  const t = useTranslations("errors")
  const shown = (messages ?? []).filter(Boolean)
  if (shown.length === 0) return null
  return (
    <ul id={id} className="field-error">
      {shown.map((message) => (
        <li key={message}>{message.startsWith("#") ? t(message.slice(1)) : message}</li>
      ))}
    </ul>
  )
}
