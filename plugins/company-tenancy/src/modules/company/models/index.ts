export { Company } from "./company"
export { Membership } from "./membership"
