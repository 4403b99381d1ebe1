import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { strapiOf, supportDeskOf } from "../../../../../../../../lib/support-desk"
import { ticketOfCompany } from "../../../../../../../../lib/tickets"

/** POST /store/companies/:id/support/tickets/:ticketId/follow — "Följ ärendet": its mails come to the caller too. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const ticket = await ticketOfCompany(strapiOf(req.scope), req.params.ticketId, company_id)
  await supportDeskOf(req.scope).follow(ticket.id, company_id, customer_id)
  res.json({ following: true })
})

/** DELETE /store/companies/:id/support/tickets/:ticketId/follow — "Sluta följa". */
export const DELETE = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const ticket = await ticketOfCompany(strapiOf(req.scope), req.params.ticketId, company_id)
  await supportDeskOf(req.scope).unfollow(ticket.id, customer_id)
  res.json({ following: false })
})
