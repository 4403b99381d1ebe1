import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { uploadedFilesOf } from "../../../../../../../../lib/multipart"
import { replyToTicket } from "../../../../../../../../lib/ticket-actions"
import type { StoreReplyToTicket } from "./validators"

/** POST /store/companies/:id/support/tickets/:ticketId/messages — "Svara" (multipart: body and up to 5 files). */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreReplyToTicket>, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const message = await replyToTicket(req.scope, {
    companyId: company_id,
    customerId: customer_id,
    ticketId: req.params.ticketId,
    body: req.validatedBody.body,
    files: uploadedFilesOf(req),
  })
  res.status(201).json({ message })
})
