import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../../../../../modules/quote"
import { companyQuoteOf } from "../../../../../../../lib/owned-quote"
import { customerOf } from "../../../../../../../lib/people"
import { customerViewOf, quoteViewOf } from "../../../../../../../lib/quote-view"
import { closeQuoteWorkflow } from "../../../../../../../workflows/close-quote"

/** POST /store/companies/:id/quotes/:quoteId/decline — "Avböj offert" of a sent quote. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await companyQuoteOf(req)
  const decider = await customerOf(req.scope, companyMembershipOf(req).customer_id)
  const { errors } = await closeQuoteWorkflow(req.scope).run({
    input: { quote_id: quote.id, outcome: "declined", decider: { type: "customer", id: decider.id, name: decider.name } },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  const closed = await req.scope.resolve<QuoteModuleService>(QUOTE_MODULE).retrieveQuote(quote.id)
  res.json({ quote: customerViewOf(await quoteViewOf(req.scope, closed)) })
})
