import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { orderFactsOf } from "@mymonitor/monitor-store/lib/order-facts"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../../../../modules/quote"
import { adminQuoteOf } from "../../../../../../lib/owned-quote"
import { quoteNotFound, quoteNotOpen } from "../../../../../../lib/quote-errors"
import { quoteViewOf } from "../../../../../../lib/quote-view"
import { updateQuoteLineWorkflow } from "../../../../../../workflows/update-quote-line"
import type { AdminUpdateQuoteLine } from "../../../validators"

/** POST /admin/quotes/:id/items/:itemId — a line's quantity or unit price (SEK excl. VAT), through the draft order. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminUpdateQuoteLine>, res: MedusaResponse) => {
  const quote = await adminQuoteOf(req)
  if (quote.status !== "requested" && quote.status !== "sent") throw quoteNotOpen()
  const draftOrder = (await orderFactsOf(req.scope, [quote.draft_order_id])).get(quote.draft_order_id)
  const line = draftOrder?.items.find((item) => item.id === req.params.itemId)
  if (!line) throw quoteNotFound()
  const { errors } = await updateQuoteLineWorkflow(req.scope).run({
    input: {
      quote_id: quote.id,
      draft_order_id: quote.draft_order_id,
      item_id: line.id,
      quantity: req.validatedBody.quantity ?? line.quantity,
      unit_price: req.validatedBody.unit_price,
      staff_user_id: req.auth_context.actor_id,
    },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  const after = await req.scope.resolve<QuoteModuleService>(QUOTE_MODULE).retrieveQuote(quote.id)
  res.json({ quote: await quoteViewOf(req.scope, after) })
})
