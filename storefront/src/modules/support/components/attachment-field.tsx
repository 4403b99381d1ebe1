"use client"

import { useEffect, useState, type FormEvent } from "react"
import { useTranslations } from "next-intl"
import { FormField } from "@/modules/common/components/form-field"
import { ATTACHMENT_ACCEPT, ATTACHMENT_RULES, attachmentProblems, MAX_MEGABYTES, type AttachmentProblem } from "../attachment-rules"

const filesIn = (input: HTMLInputElement | null) => Array.from(input?.files ?? [])

/**
 * "Bilagor": the file input with its rules as the hint, and each file that breaks them named beside
 * it as soon as it is chosen (the backend's own file errors, `errors`, show in the same place).
 */
export function AttachmentField({ id, label, errors, formErrorId }: { id: string; label: string; errors?: string[]; formErrorId: string }) {
  const t = useTranslations("support.new")
  const tErrors = useTranslations("errors")
  // The files' own problems since they were last chosen; null = none chosen since the server's answer.
  const [problems, setProblems] = useState<AttachmentProblem[] | null>(null)
  useEffect(() => setProblems(null), [errors])
  const local = (problems ?? []).map((problem) =>
    problem.code === "too_many_files"
      ? tErrors("tooManyFiles", { max: problem.max })
      : problem.code === "file_too_large"
        ? tErrors("fileTooLarge", { name: problem.name, max: problem.max })
        : tErrors("fileType", { name: problem.name })
  )
  const shown = problems ? (local.length ? local : undefined) : errors
  return (
    <FormField
      id={id}
      label={label}
      hint={t("attachmentsHint", {
        maxFiles: ATTACHMENT_RULES.maxFiles,
        maxMb: MAX_MEGABYTES,
        types: ATTACHMENT_RULES.extensions.join(", "),
      })}
      errors={shown}
      formErrorId={formErrorId}
    >
      {(control) => (
        <input
          {...control}
          name="files"
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          onChange={(event) => setProblems(attachmentProblems(filesIn(event.currentTarget)))}
        />
      )}
    </FormField>
  )
}

/** A form's submit stops while a chosen file breaks the rules (the field already says which). */
export function filesAllowed(event: FormEvent<HTMLFormElement>): boolean {
  const input = event.currentTarget.querySelector<HTMLInputElement>('input[type="file"]')
  if (attachmentProblems(filesIn(input)).length === 0) return true
  event.preventDefault()
  input?.focus()
  return false
}
