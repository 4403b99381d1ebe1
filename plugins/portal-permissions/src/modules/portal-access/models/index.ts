export { EnrolmentCode } from "./enrolment-code"
