export { EnrolmentCode } from "./enrolment-code"
export { PasswordReset } from "./password-reset"
