import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../../../modules/quote"
import { adminQuoteOf } from "../../../../../lib/owned-quote"
import { staffOf } from "../../../../../lib/people"
import { quoteViewOf } from "../../../../../lib/quote-view"
import { closeQuoteWorkflow } from "../../../../../workflows/close-quote"

/** POST /admin/quotes/:id/cancel — "Avbryt offert" of a requested or sent quote. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await adminQuoteOf(req)
  const decider = await staffOf(req.scope, req.auth_context.actor_id)
  const { errors } = await closeQuoteWorkflow(req.scope).run({
    input: { quote_id: quote.id, outcome: "cancelled", decider },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  const closed = await req.scope.resolve<QuoteModuleService>(QUOTE_MODULE).retrieveQuote(quote.id)
  res.json({ quote: await quoteViewOf(req.scope, closed) })
})
