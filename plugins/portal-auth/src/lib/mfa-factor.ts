import type { SealedSecret } from "@mymonitor/common/lib/secret-box"
import type { Repository } from "./factor-sql"

/**
 * A row of core's `auth_mfa_factor` as our MFA providers see it. The auth module
 * hands providers its internal factor service and repository (no public types for
 * them), so these describe exactly what the providers use.
 */
export type MfaFactorRow = {
  id: string
  auth_identity_id: string
  provider: string
  status: "pending" | "enabled" | "disabled"
  provider_metadata: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
}

export type FactorService = {
  list(filters: Record<string, unknown>, config?: Record<string, unknown>, context?: unknown): Promise<MfaFactorRow[]>
  retrieve(id: string, config?: Record<string, unknown>, context?: unknown): Promise<MfaFactorRow>
  create(data: Record<string, unknown>, context?: unknown): Promise<MfaFactorRow>
  update(data: Record<string, unknown>, context?: unknown): Promise<MfaFactorRow>
}

/** Core's base repository: the transaction manager of a context, and the row as the module would answer it. */
export type BaseRepository = Repository & { serialize<T>(data: T): Promise<T> }

/** The factor as a provider answers it: never its sealed secret. */
export async function withoutSecrets(
  baseRepository: BaseRepository,
  factor: MfaFactorRow
): Promise<Omit<MfaFactorRow, "provider_metadata">> {
  const { provider_metadata: _secret, ...serialized } = await baseRepository.serialize(factor)
  return serialized
}

/** A sealed secret kept in a factor's provider_metadata. */
export function sealedSecretOf(metadata: Record<string, unknown> | null): SealedSecret {
  const sealed = metadata?.sealed_secret as Partial<SealedSecret> | undefined
  if (typeof sealed?.ciphertext !== "string" || typeof sealed?.key_id !== "string") throw new Error("The factor has no sealed secret")
  return { ciphertext: sealed.ciphertext, key_id: sealed.key_id }
}
