import { MedusaService } from "@medusajs/framework/utils"
import { hashSecretToken, newNumericCode, newSecretToken, safeEqual } from "@mymonitor/portal-security/lib/secret-tokens"
import { EnrolmentCode, PasswordReset } from "./models"

export const ENROLMENT_CODE_TTL_MINUTES = 15
export const ENROLMENT_CODE_MAX_ATTEMPTS = 5
export const PASSWORD_RESET_TTL_MINUTES = 60

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

  /** Spends the code when it matches; counts a wrong try otherwise. */
  async consumeEnrolmentCode(authIdentityId: string, code: string): Promise<boolean> {
    const [current] = await this.listEnrolmentCodes(
      { auth_identity_id: authIdentityId, used_at: null },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (!current || current.expires_at.getTime() < Date.now() || current.attempts >= ENROLMENT_CODE_MAX_ATTEMPTS) return false
    const valid = safeEqual(hashSecretToken(`${authIdentityId}:${code}`), current.code_hash)
    await this.updateEnrolmentCodes(valid ? { id: current.id, used_at: new Date() } : { id: current.id, attempts: current.attempts + 1 })
    return valid
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

  /** Spends a reset link: its identity and e-mail, or null when unknown, used or expired. */
  async consumePasswordReset(token: string): Promise<{ auth_identity_id: string; email: string } | null> {
    const [reset] = await this.listPasswordResets({ token_hash: hashSecretToken(token) }, { take: 1 })
    if (!reset || reset.used_at || reset.expires_at.getTime() < Date.now()) return null
    await this.updatePasswordResets({ id: reset.id, used_at: new Date() })
    return { auth_identity_id: reset.auth_identity_id, email: reset.email }
  }
}

export default PortalAccessModuleService
