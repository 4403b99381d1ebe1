import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { hashSecretToken, newNumericCode, newSecretToken, safeEqual } from "@mymonitor/common/lib/secret-tokens"
import { EnrolmentCode, PasswordReset } from "./models"

export const ENROLMENT_CODE_TTL_MINUTES = 15
export const ENROLMENT_CODE_MAX_ATTEMPTS = 5
export const PASSWORD_RESET_TTL_MINUTES = 60

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => context.manager as unknown as SqlManager

class PortalAccessModuleService extends MedusaService({ EnrolmentCode, PasswordReset }) {
  /** A new code for the identity; every earlier one dies. Returns the plain code to e-mail. */
  async issueEnrolmentCode(authIdentityId: string): Promise<string> {
    const open = await this.listEnrolmentCodes({ auth_identity_id: authIdentityId, used_at: null })
    if (open.length) await this.updateEnrolmentCodes(open.map((row) => ({ id: row.id, used_at: new Date() })))
    const code = newNumericCode(6)
    await this.createEnrolmentCodes({
      auth_identity_id: authIdentityId,
      code_hash: hashSecretToken(`${authIdentityId}:${code}`),
      expires_at: new Date(Date.now() + ENROLMENT_CODE_TTL_MINUTES * 60_000),
    })
    return code
  }

  /**
   * Spends the code when it matches. Every try is counted first, by one
   * conditional update, and the code is spent by another: parallel tries can
   * neither pass the try limit nor use the code twice.
   */
  @InjectManager()
  async consumeEnrolmentCode(authIdentityId: string, code: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const sql = sqlOf(sharedContext)
    const [current] = await sql.execute<{ id: string; code_hash: string }>(
      `update "enrolment_code" set "attempts" = "attempts" + 1, "updated_at" = now()
        where "id" = (select "id" from "enrolment_code" where "auth_identity_id" = ? and "used_at" is null and "deleted_at" is null
                       order by "created_at" desc limit 1)
          and "used_at" is null and "expires_at" > now() and "attempts" < ?
        returning "id", "code_hash"`,
      [authIdentityId, ENROLMENT_CODE_MAX_ATTEMPTS]
    )
    if (!current || !safeEqual(hashSecretToken(`${authIdentityId}:${code}`), current.code_hash)) return false
    const spent = await sql.execute(
      `update "enrolment_code" set "used_at" = now(), "updated_at" = now() where "id" = ? and "used_at" is null returning "id"`,
      [current.id]
    )
    return spent.length === 1
  }

  /** A new reset link for the identity; earlier unused ones die. Returns the plain token to e-mail. */
  async issuePasswordReset(authIdentityId: string, email: string): Promise<string> {
    const open = await this.listPasswordResets({ auth_identity_id: authIdentityId, used_at: null })
    if (open.length) await this.updatePasswordResets(open.map((row) => ({ id: row.id, used_at: new Date() })))
    const { token, hash } = newSecretToken()
    await this.createPasswordResets({
      auth_identity_id: authIdentityId,
      email: email.toLowerCase(),
      token_hash: hash,
      expires_at: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
    })
    return token
  }

  /** Spends a reset link: its identity and e-mail, or null when unknown, used or expired. One conditional update: one winner. */
  @InjectManager()
  async consumePasswordReset(
    token: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ auth_identity_id: string; email: string } | null> {
    const [reset] = await sqlOf(sharedContext).execute<{ auth_identity_id: string; email: string }>(
      `update "password_reset" set "used_at" = now(), "updated_at" = now()
        where "token_hash" = ? and "used_at" is null and "expires_at" > now() and "deleted_at" is null
        returning "auth_identity_id", "email"`,
      [hashSecretToken(token)]
    )
    return reset ? { auth_identity_id: reset.auth_identity_id, email: reset.email } : null
  }
}

export default PortalAccessModuleService
