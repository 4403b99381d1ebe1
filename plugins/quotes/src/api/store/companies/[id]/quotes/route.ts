import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { storeSettingOf } from "@mymonitor/monitor-store/lib/store-region"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { customerOf } from "../../../../../lib/people"
import { customerViewOf, quoteViewOf } from "../../../../../lib/quote-view"
import { requestedLinesOf } from "../../../../../lib/requested-lines"
import { requestQuoteWorkflow } from "../../../../../workflows/request-quote"
import type { StoreRequestQuote } from "./validators"

/** POST /store/companies/:id/quotes — "Begär offert" from the cart or given products, with a message. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreRequestQuote>, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const items = await requestedLinesOf(req.scope, req.validatedBody, { company_id, customer_id })
  const [requester, setting] = await Promise.all([customerOf(req.scope, customer_id), storeSettingOf(req.scope)])
  const { result: quote, errors } = await requestQuoteWorkflow(req.scope).run({
    input: {
      company_id,
      customer_id,
      customer_email: requester.email,
      author_name: requester.name,
      region_id: setting.region_id,
      sales_channel_id: setting.sales_channel_id,
      items,
      message: req.validatedBody.message,
      your_reference: req.validatedBody.your_reference,
    },
    throwOnError: false,
  })
  throwWorkflowError(errors)
  res.status(201).json({ quote: customerViewOf(await quoteViewOf(req.scope, quote)) })
})
