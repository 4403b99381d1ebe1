export * from "./create-company"
export * from "./create-membership"
export * from "./user-management"
