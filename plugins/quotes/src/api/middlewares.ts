import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@mymonitor/common/lib/http-validation"
import { requireArea, withAccess } from "@mymonitor/portal-permissions/lib/access"
import { StoreAcceptQuote, StoreDeclineQuote, StoreQuoteMessage, StoreRequestQuote } from "./store/companies/[id]/quotes/validators"
import { StoreListCompanyQuotesQuery } from "./store/company-quotes/validators"
import { AdminListQuotesQuery, AdminQuoteMessage, AdminSendQuote, AdminUpdateQuoteLine } from "./admin/quotes/validators"

// Requesting, accepting and declining buy for the company ("store"); reading and replying are Mina sidor.
const store = requireArea("store")
const myPages = requireArea("my_pages")

export default defineMiddlewares({
  routes: [
    ...withAccess("quotes", [
      { matcher: "/store/companies/:id/quotes", method: ["POST"], access: store, middlewares: [validateBody(StoreRequestQuote)] },
      {
        matcher: "/store/company-quotes",
        method: ["GET"],
        access: myPages,
        middlewares: [validateQuery(StoreListCompanyQuotesQuery)],
      },
      { matcher: "/store/companies/:id/quotes/:quoteId", method: ["GET"], access: myPages },
      {
        matcher: "/store/companies/:id/quotes/:quoteId/messages",
        method: ["POST"],
        access: myPages,
        middlewares: [validateBody(StoreQuoteMessage)],
      },
      {
        matcher: "/store/companies/:id/quotes/:quoteId/accept",
        method: ["POST"],
        access: store,
        middlewares: [validateBody(StoreAcceptQuote)],
      },
      {
        matcher: "/store/companies/:id/quotes/:quoteId/decline",
        method: ["POST"],
        access: store,
        middlewares: [validateBody(StoreDeclineQuote)],
      },
      { matcher: "/store/companies/:id/quotes/:quoteId/pdf", method: ["GET"], access: myPages },
    ]),
    // The quote queue of vendor staff (Medusa admin).
    { matcher: "/admin/quotes", method: ["GET"], middlewares: [validateQuery(AdminListQuotesQuery)] },
    { matcher: "/admin/quotes/:id/messages", method: ["POST"], middlewares: [validateBody(AdminQuoteMessage)] },
    { matcher: "/admin/quotes/:id/items/:itemId", method: ["POST"], middlewares: [validateBody(AdminUpdateQuoteLine)] },
    { matcher: "/admin/quotes/:id/send", method: ["POST"], middlewares: [validateBody(AdminSendQuote)] },
  ],
})
