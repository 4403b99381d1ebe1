import { bearer, callBackend, type BackendResult } from "./backend"

// "Säkerhetslogg": a company's security events, newest first (company administrators only).

export interface AuditEvent {
  id: string
  action: string
  actor_type: string
  actor_email: string | null
  ip: string | null
  created_at: string
  details: Record<string, unknown> | null
}

export interface AuditEventPage {
  audit_events: AuditEvent[]
  count: number
  limit: number
  offset: number
}

export const AUDIT_PAGE_SIZE = 50

export async function listAuditEvents(token: string, companyId: string, page = 0): Promise<BackendResult<AuditEventPage>> {
  const result = await callBackend<Partial<AuditEventPage>>(`/store/companies/${encodeURIComponent(companyId)}/audit-events`, {
    headers: bearer(token),
    query: { limit: AUDIT_PAGE_SIZE, offset: Math.max(0, page) * AUDIT_PAGE_SIZE },
  })
  if (!result.ok) return result
  const events = result.data.audit_events ?? []
  return {
    ok: true,
    status: result.status,
    data: {
      audit_events: events,
      count: result.data.count ?? events.length,
      limit: result.data.limit ?? AUDIT_PAGE_SIZE,
      offset: result.data.offset ?? 0,
    },
  }
}

/** The actions the portal has words for (messages `auditLog.actions.<key>`); others show as they are. */
export const KNOWN_AUDIT_ACTIONS = [
  "erp.registration_requested",
  "account.registered",
  "auth.login_failed",
  "auth.login_succeeded",
  "auth.mfa_enrolled",
  "auth.mfa_failed",
  "auth.mfa_reset",
  "auth.password_reset_requested",
  "auth.password_reset",
  "invitation.sent",
  "invitation.accepted",
  "invitation.revoked",
  "membership.role_changed",
  "membership.removed",
  "erp_installation.created",
  "erp_installation.rotated",
  "erp_installation.disabled",
] as const

/** `auth.login_failed` → `auth_login_failed` (next-intl keys cannot contain dots), or undefined. */
export function auditActionKey(action: string): string | undefined {
  return (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(action) ? action.replace(/\./g, "_") : undefined
}
