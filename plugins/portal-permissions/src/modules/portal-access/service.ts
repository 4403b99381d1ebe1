import { MedusaService } from "@medusajs/framework/utils"
import { hashSecretToken, newNumericCode, safeEqual } from "@mymonitor/portal-security/lib/secret-tokens"
import { EnrolmentCode } from "./models"

export const ENROLMENT_CODE_TTL_MINUTES = 15
export const ENROLMENT_CODE_MAX_ATTEMPTS = 5

class PortalAccessModuleService extends MedusaService({ EnrolmentCode }) {
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
}

export default PortalAccessModuleService
