export * from "./accept-admin-registration"
export * from "./steps/consume-admin-registration"
export * from "./steps/promote-existing-membership"
