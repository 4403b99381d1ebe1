export { Company } from "./company"
export { Membership } from "./membership"
export { Invitation } from "./invitation"
export { InvitationGrant } from "./invitation-grant"
