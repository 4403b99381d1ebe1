/**
 * ticket-message service
 */
import { factories } from "@strapi/strapi"

export default factories.createCoreService("api::ticket-message.ticket-message")
