import { PortalError, type FieldErrors, type LocalizedMessage } from "@mymonitor/common/lib/portal-errors"

type WorkflowError = { error?: unknown }

/**
 * The first error of a workflow run, thrown again as the PortalError it was when a
 * step threw one (the engine may hand it back as a plain copy), so a route answers
 * it with its status and `{ sv, en }` message instead of a 500.
 */
export function throwWorkflowError(errors: readonly WorkflowError[] | undefined): void {
  if (!errors?.length) return
  const error = errors[0].error
  if (error instanceof PortalError) throw error
  const copy = error as { status?: unknown; code?: unknown; localized?: unknown; fields?: unknown; message?: unknown } | undefined
  const localized = copy?.localized as LocalizedMessage | undefined
  if (
    typeof copy?.status === "number" &&
    typeof copy.code === "string" &&
    typeof localized?.sv === "string" &&
    typeof localized.en === "string"
  ) {
    throw new PortalError(copy.status, copy.code, localized, copy.fields as FieldErrors | undefined)
  }
  throw error instanceof Error ? error : new Error(typeof copy?.message === "string" ? copy.message : "The workflow failed")
}
