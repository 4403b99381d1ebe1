import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { deliverCompanyOrder } from "@mymonitor/monitor-store/lib/delivery"
import { orderViewOf } from "@mymonitor/monitor-store/lib/order-view"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { companyQuoteOf } from "../../../../../../../lib/owned-quote"
import { storeQuotePdf } from "../../../../../../../lib/quote-pdf"
import { customerOf } from "../../../../../../../lib/people"
import { acceptQuoteWorkflow } from "../../../../../../../workflows/accept-quote"
import type { StoreAcceptQuote } from "../../validators"

/**
 * POST /store/companies/:id/quotes/:quoteId/accept — "Acceptera offert": the order is placed and
 * delivered before the answer (licenses and invoice on the confirmation page); a second call answers
 * with the same order. A changed, expired or closed quote is a 409 saying which.
 */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreAcceptQuote>, res: MedusaResponse) => {
  const quote = await companyQuoteOf(req)
  const { company_id, customer_id } = companyMembershipOf(req)
  const decider = await customerOf(req.scope, customer_id)
  const { result: companyOrder, errors } = await acceptQuoteWorkflow(req.scope).run({
    input: { quote_id: quote.id, company_id, customer_id, decider: { type: "customer", id: decider.id, name: decider.name } },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  if (companyOrder.delivery_status === "pending") await deliverCompanyOrder(req.scope, companyOrder.order_id)
  if (quote.status !== "accepted") await storeQuotePdf(req.scope, quote.id)
  res.status(quote.status === "accepted" ? 200 : 201).json({ order: await orderViewOf(req.scope, companyOrder.order_id) })
})
