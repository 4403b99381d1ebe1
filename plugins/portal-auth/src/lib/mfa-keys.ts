import type { KeyRing } from "@mymonitor/common/lib/secret-box"

/** The options through which medusa-config hands an MFA provider the key that seals its factors' secrets. */
export type MfaKeyOptions = { encryption_key?: string; retired_encryption_keys?: readonly string[] }

/** The provider's key ring; a provider without a configured key refuses to start rather than seal with a guessable one. */
export function mfaKeyRing(provider: string, options: MfaKeyOptions): KeyRing {
  if (!options.encryption_key) {
    throw new Error(`The ${provider} MFA provider needs options.encryption_key (medusa-config passes MFA_ENCRYPTION_KEY)`)
  }
  return { current: options.encryption_key, retired: options.retired_encryption_keys ?? [] }
}
