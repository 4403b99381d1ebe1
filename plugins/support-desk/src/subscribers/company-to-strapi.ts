import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncCompany } from "../lib/company-sync"
import { COMPANY_CREATED, COMPANY_UPDATED } from "../lib/events"

/**
 * A company created or renamed in Medusa is put to Strapi at once. When Strapi is down the
 * re-sync job catches up, and a new ticket puts its company first anyway.
 */
export default async function companyToStrapi({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const logger = container.resolve("logger")
  for (const id of Array.isArray(event.data.id) ? event.data.id : [event.data.id]) {
    try {
      await syncCompany(container, id)
    } catch (error) {
      logger.warn(`Company ${id} could not be put to Strapi (the re-sync job retries): ${(error as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = { event: [COMPANY_CREATED, COMPANY_UPDATED] }
