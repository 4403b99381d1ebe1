/**
 * ticket-event router
 */
import { factories } from "@strapi/strapi"

export default factories.createCoreRouter("api::ticket-event.ticket-event")
