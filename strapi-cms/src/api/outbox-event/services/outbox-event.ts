/**
 * outbox-event service (internal: no routes, so no content-API action exists for it)
 */
import { factories } from "@strapi/strapi"

export default factories.createCoreService("api::outbox-event.outbox-event")
