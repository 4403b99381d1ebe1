/** The three roles of the product description: Administratör, Användare, Supportanvändare. */
export const MEMBERSHIP_ROLES = ["admin", "user", "support"] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]
