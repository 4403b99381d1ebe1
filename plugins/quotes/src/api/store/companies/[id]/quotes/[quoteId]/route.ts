import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyQuoteOf } from "../../../../../../lib/owned-quote"
import { customerViewOf, quoteViewOf } from "../../../../../../lib/quote-view"

/** GET /store/companies/:id/quotes/:quoteId — one quote of the company (area "my_pages"); another company's is 404. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ quote: customerViewOf(await quoteViewOf(req.scope, await companyQuoteOf(req))) })
})
