import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { setTicketStatus } from "../../../../../../../../lib/ticket-actions"

/** POST /store/companies/:id/support/tickets/:ticketId/close — "Stäng ärendet". */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const ticket = await setTicketStatus(req.scope, {
    companyId: company_id,
    customerId: customer_id,
    ticketId: req.params.ticketId,
    action: "close",
  })
  res.json({ ticket })
})
