import { MedusaError } from "@medusajs/framework/utils"
import { type KeyRing, openSecret, sealSecret } from "@mymonitor/common/lib/secret-box"
import { type MfaKeyOptions, mfaKeyRing } from "../../lib/mfa-keys"
import { type BaseRepository, type FactorService, type MfaFactorRow, sealedSecretOf, withoutSecrets } from "../../lib/mfa-factor"
import { spendTimeStep, sqlOf } from "../../lib/factor-sql"
import { newOtpSecret, totpUri, verifyTotp } from "../../lib/otp"

type Options = { issuer?: string; tolerance_seconds?: number } & MfaKeyOptions

/**
 * Core MFA's TOTP method with a replay guard. The core provider accepts a code
 * again for as long as its window lasts; this one remembers the last accepted
 * time step per factor and refuses that step and every earlier one. The seed is
 * sealed with the key medusa-config passes (MFA_ENCRYPTION_KEY; key id kept for rotation). Registered under
 * the id "totp", so it replaces the core provider of the same name.
 */
export default class ReplayGuardedTotpProvider {
  static identifier = "totp"
  readonly method = "totp"
  protected factors_: FactorService
  protected baseRepository_: BaseRepository
  protected options_: { issuer: string; tolerance_seconds: number }
  protected keys_: KeyRing

  constructor(
    { authMfaFactorService, baseRepository }: { authMfaFactorService: FactorService; baseRepository: BaseRepository },
    options: Options = {}
  ) {
    this.factors_ = authMfaFactorService
    this.baseRepository_ = baseRepository
    this.options_ = { issuer: options.issuer ?? "myMonitor", tolerance_seconds: options.tolerance_seconds ?? 30 }
    this.keys_ = mfaKeyRing("totp", options)
  }

  async canVerifyForAuthIdentity(data: { auth_identity_id: string }, context?: unknown) {
    const [factor] = await this.factors_.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: "enabled" },
      { select: ["id"] },
      context
    )
    return !!factor
  }

  async start(
    data: { auth_identity_id: string; label?: string | null; issuer?: string; metadata?: Record<string, unknown> | null },
    context?: unknown
  ) {
    const existing = await this.factors_.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: ["pending", "enabled"] },
      { select: ["id", "status"] },
      context
    )
    if (existing.some((factor) => factor.status === "enabled")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An authenticator app is already set up for this account")
    }
    // A half-finished setup is replaced: the person scans the new code.
    for (const pending of existing) await this.factors_.update({ id: pending.id, status: "disabled" }, context)
    const secret = newOtpSecret()
    const issuer = data.issuer ?? this.options_.issuer
    const factor = await this.factors_.create(
      {
        auth_identity_id: data.auth_identity_id,
        provider: this.method,
        status: "pending",
        provider_metadata: { sealed_secret: sealSecret(secret, this.keys_), issuer, last_time_step: null },
        metadata: { ...(data.metadata ?? {}), label: data.label ?? undefined },
      },
      context
    )
    const otpauth_url = totpUri({ issuer, label: data.label ?? data.auth_identity_id, secret })
    return { mfa: await this.serialize_(factor), secret, otpauth_url }
  }

  async verifySetup(data: { id: string; code: string }, context?: unknown) {
    const factor = await this.factors_.retrieve(data.id, {}, context)
    if (factor.provider !== this.method || factor.status === "disabled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This factor cannot be verified")
    }
    if (!(await this.acceptCode_(factor, data.code, context))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invalid TOTP code")
    }
    const verified = factor.status === "pending" ? await this.factors_.update({ id: factor.id, status: "enabled" }, context) : factor
    return this.serialize_(verified)
  }

  async verify(data: { auth_identity_id: string; code: string }, context?: unknown) {
    const [factor] = await this.factors_.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: "enabled" },
      {},
      context
    )
    return factor ? this.acceptCode_(factor, data.code, context) : false
  }

  /** Checks a code and, when it is good, spends its time step so it cannot be used again (in parallel either). */
  protected async acceptCode_(factor: MfaFactorRow, code: string, context?: unknown): Promise<boolean> {
    if (!/^\d{6}$/.test(code ?? "")) return false
    const secret = openSecret(sealedSecretOf(factor.provider_metadata), this.keys_)
    const lastTimeStep = typeof factor.provider_metadata?.last_time_step === "number" ? factor.provider_metadata.last_time_step : null
    const result = await verifyTotp({ secret, code, toleranceSeconds: this.options_.tolerance_seconds, afterTimeStep: lastTimeStep })
    if (!result.valid) return false
    return spendTimeStep(sqlOf(this.baseRepository_, context), factor.id, result.timeStep)
  }

  protected serialize_(factor: MfaFactorRow) {
    return withoutSecrets(this.baseRepository_, factor)
  }
}
