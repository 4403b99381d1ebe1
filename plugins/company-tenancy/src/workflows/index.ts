export * from "./create-company"
export * from "./create-membership"
