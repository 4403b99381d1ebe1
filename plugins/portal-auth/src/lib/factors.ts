import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PortalError } from "@mymonitor/common/lib/portal-errors"

export async function enabledFactorsOf(container: MedusaContainer, authIdentityId: string) {
  return container.resolve(Modules.AUTH).listAuthMfa({ auth_identity_id: authIdentityId, status: "enabled" })
}

/**
 * The enrolment routes set up the FIRST factor only. Another factor, or a new
 * one after a reset, never comes from a session that has not passed one.
 */
export async function assertNoFactorYet(container: MedusaContainer, authIdentityId: string) {
  if ((await enabledFactorsOf(container, authIdentityId)).length) {
    throw new PortalError(409, "factor_exists", {
      sv: "Tvåstegsverifiering är redan inställd. Logga in med din kod.",
      en: "Two-factor authentication is already set up. Log in with your code.",
    })
  }
}
