import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { companyQuoteOf } from "../../../../../../../lib/owned-quote"
import { customerOf } from "../../../../../../../lib/people"
import { quoteNotOpen } from "../../../../../../../lib/quote-errors"
import { customerViewOf, quoteViewOf } from "../../../../../../../lib/quote-view"
import { addQuoteMessageWorkflow } from "../../../../../../../workflows/add-quote-message"
import type { StoreQuoteMessage } from "../../validators"

/** POST /store/companies/:id/quotes/:quoteId/messages — the customer's reply in the thread; vendor staff are mailed. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreQuoteMessage>, res: MedusaResponse) => {
  const quote = await companyQuoteOf(req)
  if (quote.status === "cancelled") throw quoteNotOpen()
  const author = await customerOf(req.scope, companyMembershipOf(req).customer_id)
  const { errors } = await addQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: quote.id, author_type: "customer", author_id: author.id, author_name: author.name, text: req.validatedBody.text },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  res.status(201).json({ quote: customerViewOf(await quoteViewOf(req.scope, quote)) })
})
