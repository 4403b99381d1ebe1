import { container } from "@medusajs/framework"
import { MedusaError } from "@medusajs/framework/utils"
import { sendMessage } from "@mymonitor/notifications"
import { type KeyRing, openSecret, sealSecret } from "@mymonitor/common/lib/secret-box"
import { hashSecretToken, safeEqual } from "@mymonitor/common/lib/secret-tokens"
import { reserveSmsAttempt, spendSmsCode, sqlOf } from "../../lib/factor-sql"
import { type BaseRepository, type FactorService, type MfaFactorRow, sealedSecretOf, withoutSecrets } from "../../lib/mfa-factor"
import { type MfaKeyOptions, mfaKeyRing } from "../../lib/mfa-keys"
import { hotpCode, newOtpSecret } from "../../lib/otp"

type Options = {
  code_ttl_seconds?: number
  max_attempts?: number
  resend_interval_seconds?: number
} & MfaKeyOptions

/** What an SMS factor keeps in provider_metadata. */
type SmsFactorMetadata = { phone: string; counter?: number; code_sent_at?: string }

export const SMS_CODE_TTL_SECONDS = 5 * 60
export const SMS_MAX_ATTEMPTS = 5

/** E.164 with a plausible length; Swedish numbers written 07… become +467…. */
export function normalisePhoneNumber(input: string): string | null {
  const compact = input.replace(/[\s\-()]/g, "")
  const international = compact.startsWith("00") ? `+${compact.slice(2)}` : compact.startsWith("0") ? `+46${compact.slice(1)}` : compact
  return /^\+[1-9]\d{7,14}$/.test(international) ? international : null
}

/**
 * SMS as a core MFA method. The factor keeps the phone number; each sent code is
 * an HOTP value (otplib) of the factor's own secret and a counter, and only its
 * hash is stored, with the time it was sent and the number of wrong tries. A
 * code dies after 5 minutes, after 5 wrong tries, and when it is used.
 *
 * Sending is `start`: with `metadata.purpose = "login"` it sends a login code to
 * the enrolled number; otherwise it begins a new (pending) factor for
 * `metadata.phone`. The caller rate-limits sending.
 */
export default class SmsMfaProvider {
  static identifier = "sms"
  readonly method = "sms"
  protected factors_: FactorService
  protected baseRepository_: BaseRepository
  protected keys_: KeyRing
  protected options_: Required<Pick<Options, "code_ttl_seconds" | "max_attempts" | "resend_interval_seconds">>

  constructor(
    { authMfaFactorService, baseRepository }: { authMfaFactorService: FactorService; baseRepository: BaseRepository },
    options: Options = {}
  ) {
    this.factors_ = authMfaFactorService
    this.baseRepository_ = baseRepository
    this.options_ = {
      code_ttl_seconds: options.code_ttl_seconds ?? SMS_CODE_TTL_SECONDS,
      max_attempts: options.max_attempts ?? SMS_MAX_ATTEMPTS,
      resend_interval_seconds: options.resend_interval_seconds ?? 30,
    }
    this.keys_ = mfaKeyRing("sms", options)
  }

  async canVerifyForAuthIdentity(data: { auth_identity_id: string }, context?: unknown) {
    const [factor] = await this.factors_.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: "enabled" },
      { select: ["id"] },
      context
    )
    return !!factor
  }

  async start(data: { auth_identity_id: string; metadata?: Record<string, unknown> | null }, context?: unknown) {
    if (data.metadata?.purpose === "login") {
      const [factor] = await this.factors_.list(
        { auth_identity_id: data.auth_identity_id, provider: this.method, status: "enabled" },
        {},
        context
      )
      if (!factor) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No SMS factor is set up for this account")
      return { mfa: await this.sendCode_(factor, context) }
    }
    const phone = normalisePhoneNumber(String(data.metadata?.phone ?? ""))
    if (!phone) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A valid phone number is required")
    const existing = await this.factors_.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: ["pending", "enabled"] },
      { select: ["id", "status"] },
      context
    )
    if (existing.some((factor) => factor.status === "enabled")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "SMS is already set up for this account")
    }
    for (const pending of existing) await this.factors_.update({ id: pending.id, status: "disabled" }, context)
    const factor = await this.factors_.create(
      {
        auth_identity_id: data.auth_identity_id,
        provider: this.method,
        status: "pending",
        provider_metadata: { phone, sealed_secret: sealSecret(newOtpSecret(), this.keys_), counter: 0 },
        metadata: { phone_hint: `…${phone.slice(-4)}` },
      },
      context
    )
    return { mfa: await this.sendCode_(factor, context) }
  }

  async verifySetup(data: { id: string; code: string }, context?: unknown) {
    const factor = await this.factors_.retrieve(data.id, {}, context)
    if (factor.provider !== this.method || factor.status === "disabled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This factor cannot be verified")
    }
    if (!(await this.acceptCode_(factor, data.code, context))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Invalid or expired SMS code")
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

  protected async sendCode_(factor: MfaFactorRow, context?: unknown) {
    const metadata = (factor.provider_metadata ?? {}) as SmsFactorMetadata & Record<string, unknown>
    const sentAt = metadata.code_sent_at ? new Date(metadata.code_sent_at).getTime() : 0
    if (Date.now() - sentAt < this.options_.resend_interval_seconds * 1000) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An SMS code was sent a moment ago")
    }
    const counter = (metadata.counter ?? 0) + 1
    const code = await hotpCode(openSecret(sealedSecretOf(factor.provider_metadata), this.keys_), counter)
    const updated = await this.factors_.update(
      {
        id: factor.id,
        provider_metadata: {
          ...metadata,
          counter,
          code_hash: hashSecretToken(`${factor.id}:${code}`),
          code_sent_at: new Date().toISOString(),
          attempts: 0,
          used: false,
        },
      },
      context
    )
    // The code stands whether or not the SMS leaves: a failed send is logged and recorded as a
    // failed notification (the SMS provider of @mymonitor/notifications), and a new code can be asked for.
    await sendMessage(container, {
      template: "sms-code",
      channel: "sms",
      to: metadata.phone,
      data: { code, ttlMinutes: Math.max(1, Math.round(this.options_.code_ttl_seconds / 60)) },
      trigger_type: "auth.sms_code_sent",
      resource_type: "auth_mfa_factor",
      resource_id: factor.id,
    })
    return this.serialize_(updated)
  }

  /**
   * Every try is counted before the code is compared, and the code is spent by a
   * conditional update: parallel tries can neither pass the try limit nor use
   * one code twice.
   */
  protected async acceptCode_(factor: MfaFactorRow, code: string, context?: unknown): Promise<boolean> {
    const sql = sqlOf(this.baseRepository_, context)
    const metadata = await reserveSmsAttempt(sql, factor.id, this.options_.max_attempts)
    if (!metadata) return false
    const expired = Date.now() - new Date(metadata.code_sent_at).getTime() > this.options_.code_ttl_seconds * 1000
    if (expired || !/^\d{6}$/.test(code ?? "")) return false
    if (!safeEqual(hashSecretToken(`${factor.id}:${code}`), metadata.code_hash)) return false
    return spendSmsCode(sql, factor.id, metadata.code_hash)
  }

  protected serialize_(factor: MfaFactorRow) {
    return withoutSecrets(this.baseRepository_, factor)
  }
}
