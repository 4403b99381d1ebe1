import type { ExecArgs } from "@medusajs/framework/types"
import { ensureCatalog, ensureStore } from "../seed"

/**
 * Production's one-time store setup (docs/production.md): the "Monitor Store" sales channel, the
 * Swedish region with 25 % moms, the company_id price rule, the portal's publishable key and the
 * catalog with its license terms. Idempotent; no people, companies or demo prices.
 */
export default async function setupStore({ container }: ExecArgs) {
  const logger = container.resolve("logger")
  const { salesChannel, publishableKey } = await ensureStore(container)
  await ensureCatalog(container, salesChannel.id)
  logger.info(`Monitor Store is set up; the portal's publishable key (MEDUSA_PUBLISHABLE_KEY) is ${publishableKey}`)
}
