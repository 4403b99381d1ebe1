import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { adminQuoteOf } from "../../../../lib/owned-quote"
import { quoteViewOf } from "../../../../lib/quote-view"

/** GET /admin/quotes/:id — the quote with its thread, lines and the draft order's versions. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ quote: await quoteViewOf(req.scope, await adminQuoteOf(req)) })
})
