import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { ticketPage } from "../../../../../../../lib/ticket-actions"

/** GET /store/companies/:id/support/tickets/:ticketId — the thread (never internal notes), following and followers. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  res.json({ ticket: await ticketPage(req.scope, { companyId: company_id, customerId: customer_id, ticketId: req.params.ticketId }) })
})
