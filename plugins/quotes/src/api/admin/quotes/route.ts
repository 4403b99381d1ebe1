import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { quoteSummariesOf } from "../../../lib/quote-view"
import { statusFilter } from "../../../lib/quote-status"
import type { AdminListQuotesQuery } from "./validators"

/** GET /admin/quotes — vendor staff's quote queue, oldest first, by status and company. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListQuotesQuery>, res: MedusaResponse) => {
  const { company_id, status, limit, offset } = req.validatedQuery
  const now = new Date()
  const [rows, count] = await req.scope
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listAndCountQuotes(
      { ...(company_id ? { company_id } : {}), ...statusFilter(status, now) },
      { skip: offset, take: limit, order: { created_at: "ASC" } }
    )
  res.json({ quotes: await quoteSummariesOf(req.scope, rows, now), count, limit, offset })
}
