import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyQuoteOf } from "../../../../../../../lib/owned-quote"
import { sendQuotePdf } from "../../../../../../../lib/quote-pdf"

/** GET /store/companies/:id/quotes/:quoteId/pdf — the quote as a PDF, after the company check (another company's: 404). */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendQuotePdf(req.scope, res, await companyQuoteOf(req))
})
