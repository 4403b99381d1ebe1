import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { PortalSession } from "./models"

export type SessionEndReason = "logout" | "password_reset" | "mfa_reset" | "removed" | "replaced"

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }

class PortalSessionModuleService extends MedusaService({ PortalSession }) {
  /** A new session of the identity, live until `expiresAt` unless ended first. Returns its id. */
  async startSession(authIdentityId: string, expiresAt: Date): Promise<string> {
    const session = await this.createPortalSessions({ auth_identity_id: authIdentityId, expires_at: expiresAt })
    return session.id
  }

  /** Moves a live session's end further (the complete stage lives longer than the password step). */
  @InjectManager()
  async extendSession(id: string, expiresAt: Date, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await (sharedContext.manager as unknown as SqlManager).execute(
      `update "portal_session" set "expires_at" = ?, "updated_at" = now()
        where "id" = ? and "ended_at" is null and "expires_at" > now() and "deleted_at" is null returning "id"`,
      [expiresAt, id]
    )
    return rows.length === 1
  }

  /** Whether a session still counts: known, not ended, not expired. One primary-key read. */
  @InjectManager()
  async isLive(id: string | undefined, authIdentityId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    if (!id) return false
    const rows = await (sharedContext.manager as unknown as SqlManager).execute(
      `select 1 from "portal_session"
        where "id" = ? and "auth_identity_id" = ? and "ended_at" is null and "expires_at" > now() and "deleted_at" is null`,
      [id, authIdentityId]
    )
    return rows.length === 1
  }

  /** Ends one session (logout). */
  @InjectManager()
  async endSession(id: string, reason: SessionEndReason, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await (sharedContext.manager as unknown as SqlManager).execute(
      `update "portal_session" set "ended_at" = now(), "end_reason" = ?, "updated_at" = now() where "id" = ? and "ended_at" is null`,
      [reason, id]
    )
  }

  /** Forgets sessions that ended or expired more than `keepDays` ago; they can no longer be used. Returns how many. */
  @InjectManager()
  async pruneSessions(keepDays = 30, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const rows = await (sharedContext.manager as unknown as SqlManager).execute(
      `delete from "portal_session" where coalesce("ended_at", "expires_at") < now() - make_interval(days => ?) returning "id"`,
      [keepDays]
    )
    return rows.length
  }

  /** Ends every live session of these identities (password reset, 2FA reset, removal). Returns how many. */
  @InjectManager()
  async endSessionsOf(authIdentityIds: string[], reason: SessionEndReason, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    if (!authIdentityIds.length) return 0
    const rows = await (sharedContext.manager as unknown as SqlManager).execute(
      `update "portal_session" set "ended_at" = now(), "end_reason" = ?, "updated_at" = now()
        where "auth_identity_id" in (${authIdentityIds.map(() => "?").join(", ")}) and "ended_at" is null returning "id"`,
      [reason, ...authIdentityIds]
    )
    return rows.length
  }
}

export default PortalSessionModuleService
