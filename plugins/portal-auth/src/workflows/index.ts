export * from "./create-portal-account"
