import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { QUOTE_MODULE, type QuoteModuleService, type QuoteRow } from "../modules/quote"
import { quoteNotFound } from "./quote-errors"

/** The quote of the URL, if it is a quote of the URL's company (the access layer checked the caller there); else 404. */
export async function companyQuoteOf(req: AuthenticatedMedusaRequest): Promise<QuoteRow> {
  const { company_id } = companyMembershipOf(req)
  const [quote] = await req.scope
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listQuotes({ id: String(req.params.quoteId), company_id }, { take: 1 })
  if (!quote) throw quoteNotFound()
  return quote
}

/** The quote of an admin URL (vendor staff see every company's). */
export async function adminQuoteOf(req: AuthenticatedMedusaRequest): Promise<QuoteRow> {
  const [quote] = await req.scope.resolve<QuoteModuleService>(QUOTE_MODULE).listQuotes({ id: String(req.params.id) }, { take: 1 })
  if (!quote) throw quoteNotFound()
  return quote
}
