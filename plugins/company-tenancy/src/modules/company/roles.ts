export const MEMBERSHIP_ROLES = ["admin", "user", "support"] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

export const MEMBERSHIP_STATUSES = ["active", "disabled"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]
