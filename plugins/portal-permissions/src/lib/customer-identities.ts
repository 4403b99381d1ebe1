import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The auth identities of a customer: the identity whose app_metadata names the
 * customer (Medusa's customer accounts), found through the e-mail's provider identities.
 */
export async function authIdentityIdsOfCustomer(container: MedusaContainer, customer: { id: string; email: string }) {
  const auth = container.resolve(Modules.AUTH)
  const providerIdentities = await auth.listProviderIdentities({ entity_id: customer.email }, { relations: ["auth_identity"] })
  const ids = new Set<string>()
  for (const identity of providerIdentities) {
    if (identity.auth_identity?.app_metadata?.customer_id === customer.id) ids.add(identity.auth_identity.id)
  }
  return [...ids]
}
