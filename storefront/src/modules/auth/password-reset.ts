import type { BackendFailure } from "@/lib/data/backend"
import type { FieldErrors, FormError } from "@/lib/errors"
import { MINIMUM_PASSWORD_LENGTH } from "@/modules/registration/validation"

// What the "Glömt lösenord" forms check and decide, pure (unit tested) so that the browser and
// the server action check alike. The backend checks the password again (and also refuses
// common passwords).

export { MINIMUM_PASSWORD_LENGTH }

export type ResetProblem = "passwordTooShort" | "passwordsDiffer"

/** The new password: long enough, and typed the same twice. */
export function resetFieldProblems(input: { password: string; repeat: string }): Record<string, ResetProblem> | undefined {
  const problems: Record<string, ResetProblem> = {}
  if (input.password.length < MINIMUM_PASSWORD_LENGTH) problems.password = "passwordTooShort"
  else if (input.password !== input.repeat) problems.repeat = "passwordsDiffer"
  return Object.keys(problems).length > 0 ? problems : undefined
}

/** Problems as field messages ("#key" = one of our own messages under `errors`). */
export function problemFields(problems: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, [`#${key}`]]))
}

/**
 * The reset link cannot be used: expired or used (410 `link_expired`), or a token the backend
 * does not even accept as one (400 naming only the token).
 */
export function resetLinkUnusable(failure: BackendFailure): boolean {
  if (failure.status === 410 || failure.error?.code === "link_expired") return true
  const fields = failure.error?.fields
  return failure.status === 400 && !!fields?.token && !fields.password
}

/** A rate limit with the wait the backend named (Retry-After), in whole minutes; else the generic words. */
export function rateLimitError(failure: BackendFailure): FormError {
  const seconds = failure.retryAfterSeconds
  if (!seconds) return { key: "rateLimited" }
  return { key: "rateLimitedMinutes", values: { minutes: Math.max(1, Math.ceil(seconds / 60)) } }
}
