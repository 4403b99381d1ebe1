export { PortalSession } from "./portal-session"
