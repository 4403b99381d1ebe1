/**
 * The portal's custom content-API routes (/api/portal/…). Content-API auth applies: only a token
 * holding `api::portal.portal.<handler>` (the `medusa-backend` token) may call them.
 */
export default {
  routes: [
    { method: "PUT", path: "/portal/companies/:medusaId", handler: "portal.upsertCompany" },
    { method: "GET", path: "/portal/tickets", handler: "portal.listTickets" },
    { method: "POST", path: "/portal/tickets", handler: "portal.createTicket" },
    { method: "GET", path: "/portal/tickets/:id", handler: "portal.getTicket" },
    { method: "POST", path: "/portal/tickets/:id/messages", handler: "portal.reply" },
    { method: "POST", path: "/portal/tickets/:id/status", handler: "portal.setStatus" },
    { method: "GET", path: "/portal/files/:fileId", handler: "portal.file" },
    { method: "GET", path: "/portal/agreements", handler: "portal.listAgreements" },
    { method: "GET", path: "/portal/overview", handler: "portal.overview" },
  ],
}
