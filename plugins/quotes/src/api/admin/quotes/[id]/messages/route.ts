import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { adminQuoteOf } from "../../../../../lib/owned-quote"
import { staffOf } from "../../../../../lib/people"
import { quoteViewOf } from "../../../../../lib/quote-view"
import { addQuoteMessageWorkflow } from "../../../../../workflows/add-quote-message"
import type { AdminQuoteMessage } from "../../validators"

/** POST /admin/quotes/:id/messages — staff's message in the thread; the requester is mailed. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminQuoteMessage>, res: MedusaResponse) => {
  const quote = await adminQuoteOf(req)
  const author = await staffOf(req.scope, req.auth_context.actor_id)
  const { errors } = await addQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: quote.id, author_type: "staff", author_id: author.id, author_name: author.name, text: req.validatedBody.text },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  res.status(201).json({ quote: await quoteViewOf(req.scope, quote) })
})
