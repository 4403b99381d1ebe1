// Core's own recovery-code method, changed only where it spends a code; the auth
// module exports neither the class nor its hash helpers, hence the dist paths.
import { RecoveryCodeMfaProvider } from "@medusajs/auth/dist/providers/mfa/recovery-code"
import { verifyRecoveryCodeHash } from "@medusajs/auth/dist/utils/mfa"
import { spendRecoveryCode, sqlOf } from "../../lib/factor-sql"

type RecoveryCodeRow = { id: string; code_hash: string }
type RecoveryCodeService = { list(filters: object, config: object, context?: unknown): Promise<RecoveryCodeRow[]> }

/**
 * Recovery codes that work once even when sent in parallel: core deletes the
 * matching row after reading it, so parallel uses of one code all pass; here the
 * one call whose DELETE removed the row wins. Registered under core's id
 * "recovery_code", so it replaces the core provider.
 */
export default class SingleUseRecoveryCodeProvider extends RecoveryCodeMfaProvider {
  static identifier = "recovery_code"
  protected codes_: RecoveryCodeService
  protected baseRepository_: { getActiveManager(context?: unknown): unknown }

  constructor(cradle: {
    authMfaRecoveryCodeService: RecoveryCodeService
    baseRepository: { getActiveManager(context?: unknown): unknown }
  }) {
    super(cradle as never)
    this.codes_ = cradle.authMfaRecoveryCodeService
    this.baseRepository_ = cradle.baseRepository
  }

  async verify(data: { auth_identity_id: string; code: string }, sharedContext: object = {}): Promise<boolean> {
    if (typeof data.code !== "string" || !data.code) return false
    const codes = await this.codes_.list({ auth_identity_id: data.auth_identity_id }, { select: ["id", "code_hash"] }, sharedContext)
    for (const candidate of codes) {
      if (await verifyRecoveryCodeHash(candidate.code_hash, data.code)) {
        return spendRecoveryCode(sqlOf(this.baseRepository_, sharedContext), candidate.id)
      }
    }
    return false
  }
}
