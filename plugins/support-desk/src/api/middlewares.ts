import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, requireSession, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { acceptAttachments } from "../lib/multipart"
import { StoreCreateTicket } from "./store/companies/[id]/support/tickets/validators"
import { StoreReplyToTicket } from "./store/companies/[id]/support/tickets/[ticketId]/messages/validators"
import { StoreListAgreementsQuery } from "./store/agreements/validators"
import { StoreListTicketsQuery } from "./store/support/tickets/validators"

const support = requireArea("support")
const myPages = requireArea("my_pages")
const TICKET = "/store/companies/:id/support/tickets/:ticketId"

export default defineMiddlewares({
  routes: [
    ...withAccess("support-desk", [
      // Support (every role): one list across the caller's companies, and each company's tickets.
      { matcher: "/store/support/tickets", method: ["GET"], access: support, middlewares: [validateQuery(StoreListTicketsQuery)] },
      // Multipart: the files are held to the attachment rules first, then the fields are validated.
      {
        matcher: "/store/companies/:id/support/tickets",
        method: ["POST"],
        access: support,
        middlewares: [acceptAttachments, validateBody(StoreCreateTicket)],
      },
      { matcher: TICKET, method: ["GET"], access: support },
      {
        matcher: `${TICKET}/messages`,
        method: ["POST"],
        access: support,
        middlewares: [acceptAttachments, validateBody(StoreReplyToTicket)],
      },
      { matcher: `${TICKET}/close`, method: ["POST"], access: support },
      { matcher: `${TICKET}/reopen`, method: ["POST"], access: support },
      { matcher: `${TICKET}/follow`, method: ["POST", "DELETE"], access: support },
      { matcher: `${TICKET}/attachments/:fileId`, method: ["GET"], access: support },
      // Översikt's counts: a session; the handler counts only over the companies with each area.
      { matcher: "/store/support/overview", method: ["GET"], access: requireSession() },
      // Mina sidor › Avtal.
      { matcher: "/store/agreements", method: ["GET"], access: myPages, middlewares: [validateQuery(StoreListAgreementsQuery)] },
      { matcher: "/store/companies/:id/agreements/:agreementId/document", method: ["GET"], access: myPages },
    ]),
    // Strapi's signed pushes: public (the signature is the check), the raw bytes kept for the HMAC.
    { matcher: "/hooks/strapi", method: ["POST"], bodyParser: { preserveRawBody: true, sizeLimit: "64kb" } },
  ],
})
