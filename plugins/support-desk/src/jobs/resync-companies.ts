import type { MedusaContainer } from "@medusajs/framework/types"
import { syncAllCompanies } from "../lib/company-sync"

/** Every company to Strapi every ten minutes: Strapi catches up after being down or after a missed event. */
export default async function resyncCompanies(container: MedusaContainer) {
  const logger = container.resolve("logger")
  try {
    const { synced, failed } = await syncAllCompanies(container)
    if (failed) logger.warn(`Company re-sync to Strapi: ${synced} put, ${failed} failed (retried in ten minutes)`)
  } catch (error) {
    logger.warn(`Company re-sync to Strapi failed (retried in ten minutes): ${(error as Error).message}`)
  }
}

export const config = { name: "support-desk-resync-companies", schedule: "*/10 * * * *" }
