import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { throwWorkflowError } from "@mymonitor/invoicing/lib/workflow-errors"
import { invalidData, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../../../modules/quote"
import { adminQuoteOf } from "../../../../../lib/owned-quote"
import { storeQuotePdf } from "../../../../../lib/quote-pdf"
import { endOfSwedishDay } from "../../../../../lib/quote-status"
import { quoteViewOf } from "../../../../../lib/quote-view"
import { sendQuoteWorkflow } from "../../../../../workflows/send-quote"
import type { AdminSendQuote } from "../../validators"

/** POST /admin/quotes/:id/send — "Skicka offert": valid through the given day; the customer is mailed. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminSendQuote>, res: MedusaResponse) => {
  const quote = await adminQuoteOf(req)
  const validUntil = endOfSwedishDay(req.validatedBody.valid_until)
  if (validUntil.getTime() <= Date.now()) {
    throw invalidData({ valid_until: [{ sv: "Giltighetstiden måste ligga i framtiden.", en: "The validity must end in the future." }] })
  }
  const { errors } = await sendQuoteWorkflow(req.scope).run({ input: { quote_id: quote.id, valid_until: validUntil }, throwOnError: false })
  throwWorkflowError(errors)
  await storeQuotePdf(req.scope, quote.id)
  const sent = await req.scope.resolve<QuoteModuleService>(QUOTE_MODULE).retrieveQuote(quote.id)
  res.json({ quote: await quoteViewOf(req.scope, sent) })
})
