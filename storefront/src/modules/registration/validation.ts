// What the registration form checks before asking the backend (which checks again, and also
// refuses common passwords). Pure, unit tested.

export const MINIMUM_PASSWORD_LENGTH = 12

export type RegistrationProblem = "nameMissing" | "passwordTooShort"

export function registrationFieldProblems(input: { name: string; password: string }): Record<string, RegistrationProblem> | undefined {
  const problems: Record<string, RegistrationProblem> = {}
  if (!input.name.trim()) problems.name = "nameMissing"
  if (input.password.length < MINIMUM_PASSWORD_LENGTH) problems.password = "passwordTooShort"
  return Object.keys(problems).length > 0 ? problems : undefined
}

/** Why a link cannot be used, from the backend's answer (pure, unit tested). */
export type LinkProblem = "expired" | "used" | "revoked" | "invalid"

export function linkProblem(status: number | undefined, code: string | undefined): LinkProblem {
  if (code === "link_expired") return "expired"
  if (code === "link_used") return "used"
  if (code === "link_revoked") return "revoked"
  if (status === 410) return "expired"
  return "invalid"
}
