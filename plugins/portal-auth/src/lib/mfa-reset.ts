import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { FactorService } from "./mfa-factor"

export { authIdentityIdsOfCustomer } from "@mymonitor/portal-permissions/lib/customer-identities"

type AuthModuleInternals = {
  authMfaFactorService_?: Pick<FactorService, "list"> & { update(data: { id: string; status: string }[]): Promise<unknown> }
  authMfaRecoveryCodeService_?: {
    list(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<{ id: string }[]>
    delete(ids: string[]): Promise<unknown>
  }
}

/**
 * Vendor staff's "Återställ 2FA": every second factor of the customer stops counting
 * and the recovery codes are deleted, so the next login enrols a factor again (behind
 * the e-mailed one-time code). The module's disableAuthMfa cannot be used: with the
 * disable policy "challenge" it wants a code from the very factor the user has lost.
 * The auth module generates no public methods for its MFA tables, so this goes
 * through its internal factor and recovery-code services.
 */

export async function resetCustomerMfa(container: MedusaContainer, authIdentityIds: string[]) {
  if (!authIdentityIds.length) return { factors: [] as { id: string; provider: string }[], recovery_codes: 0 }
  // The module's own services, private by name: their shape is what this uses of them.
  const auth = container.resolve(Modules.AUTH) as unknown as AuthModuleInternals
  const factorService = auth.authMfaFactorService_
  const recoveryCodeService = auth.authMfaRecoveryCodeService_
  if (!factorService?.list || !factorService?.update) {
    throw new Error("The auth module offers no MFA factor service; Medusa changed its internals")
  }
  const factors = await factorService.list(
    { auth_identity_id: authIdentityIds, status: ["enabled", "pending"] },
    { select: ["id", "provider", "status"] }
  )
  if (factors.length) await factorService.update(factors.map((factor) => ({ id: factor.id, status: "disabled" })))
  let recoveryCodes = 0
  if (recoveryCodeService?.list) {
    const codes = await recoveryCodeService.list({ auth_identity_id: authIdentityIds }, { select: ["id"] })
    if (codes.length) await recoveryCodeService.delete(codes.map((code) => code.id))
    recoveryCodes = codes.length
  }
  return { factors: factors.map((factor) => ({ id: factor.id, provider: factor.provider })), recovery_codes: recoveryCodes }
}
