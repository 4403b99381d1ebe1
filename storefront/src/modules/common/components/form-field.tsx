import type { ReactNode } from "react"
import { FieldMessages } from "./form-error"

/** What a field gives its control (`<input>`, `<select>`): spread it onto the element. */
export interface FieldControl {
  id: string
  "aria-invalid": true | undefined
  "aria-describedby": string | undefined
}

/**
 * One form field: its label, an optional hint, the control and the field's own messages, wired
 * together. The control is described by the hint, its messages (while there are any) and the
 * form's error region, in that order, and is marked invalid while the field has errors. The hint
 * is `{id}-hint`, the messages `{id}-errors`.
 *
 *   <FormField id="login-email" label={t("email")} formErrorId="login-error">
 *     {(control) => <input {...control} name="email" type="email" required />}
 *   </FormField>
 */
export function FormField({
  id,
  label,
  hint,
  hintAfterControl = false,
  errors,
  invalid = false,
  formErrorId,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  /** The hint follows the control instead of the label (a rule for what is typed, e.g. a password's length). */
  hintAfterControl?: boolean
  /** The field's messages (`state.fields[name]`): present, even empty, means the field is invalid. */
  errors?: string[]
  /** Invalid without messages of its own (e.g. a wrong e-mail/password pair, a wrong code). */
  invalid?: boolean
  /** The form's error region (`FormErrorMessage`), which describes every field of the form. */
  formErrorId?: string
  children: (control: FieldControl) => ReactNode
}) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorsId = `${id}-errors`
  const hasMessages = (errors ?? []).some(Boolean)
  const control: FieldControl = {
    id,
    "aria-invalid": invalid || !!errors || undefined,
    "aria-describedby": [hintId, hasMessages ? errorsId : undefined, formErrorId].filter(Boolean).join(" ") || undefined,
  }
  const hintText = hint ? (
    <p id={hintId} className="field-hint">
      {hint}
    </p>
  ) : null

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hintAfterControl ? null : hintText}
      {children(control)}
      {hintAfterControl ? hintText : null}
      <FieldMessages id={errorsId} messages={errors} />
    </div>
  )
}
