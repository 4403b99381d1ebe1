import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { uploadedFilesOf } from "../../../../../../lib/multipart"
import { createTicket } from "../../../../../../lib/ticket-actions"
import type { StoreCreateTicket } from "./validators"

/** POST /store/companies/:id/support/tickets — "Nytt ärende" (multipart: the fields and up to 5 files). */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<StoreCreateTicket>, res: MedusaResponse) => {
  const { company_id, customer_id } = companyMembershipOf(req)
  const { ticket, created } = await createTicket(req.scope, {
    companyId: company_id,
    customerId: customer_id,
    ticket: req.validatedBody,
    files: uploadedFilesOf(req),
  })
  res.status(created ? 201 : 200).json({ ticket })
})
