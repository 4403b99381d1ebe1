export * from "./create-company"
export * from "./create-membership"
export * from "./user-management"
// The steps other plugins compose into their own workflows (a new account from a link grants memberships).
export * from "./steps/create-memberships"
export * from "./steps/add-customer-to-company-groups"
