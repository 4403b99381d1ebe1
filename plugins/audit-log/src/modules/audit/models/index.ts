export { AuditEvent } from "./audit-event"
