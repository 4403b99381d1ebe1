import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companiesWithArea } from "@mymonitor/portal-permissions/lib/companies-with-area"
import { strapiOf } from "../../../../lib/support-desk"

type Overview = { openTickets: number; activeAgreements: number; agreementsEndingWithin90Days: number }

/**
 * GET /store/support/overview — Översikt's counts: open tickets over the companies where the
 * caller has "support", agreements over those with "my pages".
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [supportCompanies, agreementCompanies] = await Promise.all([companiesWithArea(req, "support"), companiesWithArea(req, "my_pages")])
  if (!supportCompanies.length && !agreementCompanies.length) {
    return res.json({ open_tickets: 0, active_agreements: 0, agreements_ending_within_90_days: 0 })
  }
  const { body } = await strapiOf(req.scope).json<{ data: Overview }>({
    method: "GET",
    path: "/api/portal/overview",
    query: { supportCompanies, agreementCompanies },
  })
  res.json({
    open_tickets: supportCompanies.length ? body.data.openTickets : 0,
    active_agreements: agreementCompanies.length ? body.data.activeAgreements : 0,
    agreements_ending_within_90_days: agreementCompanies.length ? body.data.agreementsEndingWithin90Days : 0,
  })
})
