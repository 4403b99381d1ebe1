/**
 * ticket-message controller
 */
import { factories } from "@strapi/strapi"

export default factories.createCoreController("api::ticket-message.ticket-message")
