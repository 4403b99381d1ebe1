import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { sendStrapiFile } from "../../../../../../../../../lib/file-response"
import { strapiOf } from "../../../../../../../../../lib/support-desk"
import { ticketOfCompany } from "../../../../../../../../../lib/tickets"

/**
 * GET /store/companies/:id/support/tickets/:ticketId/attachments/:fileId — one attachment of the
 * ticket's thread, streamed, no-store. A file of another ticket (or company) is "not found".
 */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const strapi = strapiOf(req.scope)
  const ticket = await ticketOfCompany(strapi, req.params.ticketId, company_id)
  const attachment = ticket.messages.flatMap((message) => message.attachments).find((file) => String(file.id) === req.params.fileId)
  if (!attachment) throw notFound({ sv: "Filen hittades inte.", en: "File not found." })
  await sendStrapiFile(res, strapi, { fileId: attachment.id, companies: [company_id], name: attachment.name })
})
