import type { LocalizedMessage } from "@mymonitor/common/lib/portal-errors"

/**
 * "At least 12 characters, not a common password." The list holds the passwords
 * that top every leaked-password ranking, Swedish favourites included, and is
 * compared case-insensitively with digits and symbols at the end stripped, so
 * "Sommar2024!" counts as "sommar".
 */
export const MINIMUM_PASSWORD_LENGTH = 12

const COMMON_PASSWORDS = new Set(
  `password passw0rd lösenord losenord qwerty qwertyuiop asdfghjkl zxcvbnm 123456 1234567 12345678 123456789
  1234567890 123123 111111 000000 abc123 iloveyou admin administrator welcome välkommen valkommen letmein
  monkey dragon football baseball master sunshine princess starwars trustno1 whatever shadow superman
  sommar vinter hösten hosten våren varen sverige stockholm göteborg goteborg malmö malmo monitor monitorerp
  mymonitor företag foretag hejsan hejhej kalle kalleanka pelle fotboll hockey innebandy test testing changeme
  summer winter autumn spring company secret default qazwsx 1q2w3e4r 1qaz2wsx zaq12wsx passwordpassword`
    .split(/\s+/)
    .filter(Boolean)
)

export type PasswordProblem = "too_short" | "too_common"

export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = []
  if (password.length < MINIMUM_PASSWORD_LENGTH) problems.push("too_short")
  const core = password
    .toLowerCase()
    .replace(/[\d\W_]+$/u, "")
    .replace(/^[\d\W_]+/u, "")
  const localPart = email?.split("@")[0]?.toLowerCase()
  const repeated = /^(.)\1+$/.test(password) || /^(..?.?)\1+$/.test(password.toLowerCase())
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || COMMON_PASSWORDS.has(core) || repeated || (localPart && core === localPart)) {
    problems.push("too_common")
  }
  return problems
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, LocalizedMessage> = {
  too_short: {
    sv: `Lösenordet måste ha minst ${MINIMUM_PASSWORD_LENGTH} tecken.`,
    en: `The password must have at least ${MINIMUM_PASSWORD_LENGTH} characters.`,
  },
  too_common: { sv: "Lösenordet är för vanligt eller lätt att gissa.", en: "The password is too common or easy to guess." },
}
