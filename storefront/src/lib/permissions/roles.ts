import type { Role } from "./areas"

const KNOWN_ROLES: readonly Role[] = ["admin", "user", "support"]

/** The message key (under `roles`) of a membership role as the backend names it. */
export function roleMessageKey(role: string): Role | "unknown" {
  return (KNOWN_ROLES as readonly string[]).includes(role) ? (role as Role) : "unknown"
}

/** The roles a membership can have, in the order the portal lists them. */
export const MEMBERSHIP_ROLES: readonly Role[] = KNOWN_ROLES

export function isMembershipRole(value: unknown): value is Role {
  return typeof value === "string" && (KNOWN_ROLES as readonly string[]).includes(value)
}
