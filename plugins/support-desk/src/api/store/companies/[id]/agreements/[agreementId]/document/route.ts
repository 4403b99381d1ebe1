import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { companyMembershipOf } from "@mymonitor/portal-permissions/lib/access-gate"
import { AGREEMENT_DOCUMENT_MIME } from "../../../../../../../lib/attachment-rules"
import { sendStrapiFile } from "../../../../../../../lib/file-response"
import type { Agreement } from "../../../../../../../lib/strapi-types"
import { strapiOf } from "../../../../../../../lib/support-desk"

const PAGE_SIZE = 100

/** The company's agreement by id, read through the company's list (the contract has no single-agreement read). */
async function agreementOf(strapi: ReturnType<typeof strapiOf>, companyId: string, agreementId: string): Promise<Agreement | undefined> {
  for (let page = 1; page <= 20; page++) {
    const { body } = await strapi.json<{ data: Agreement[] }>({
      method: "GET",
      path: "/api/portal/agreements",
      query: { companies: [companyId], page, pageSize: PAGE_SIZE },
    })
    const found = body.data.find((agreement) => agreement.id === agreementId && agreement.companyId === companyId)
    if (found || body.data.length < PAGE_SIZE) return found
  }
  return undefined
}

/** GET /store/companies/:id/agreements/:agreementId/document — the signed PDF, streamed, no-store. */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company_id } = companyMembershipOf(req)
  const strapi = strapiOf(req.scope)
  const agreement = await agreementOf(strapi, company_id, req.params.agreementId)
  if (!agreement?.document) throw notFound({ sv: "Avtalet eller dess dokument hittades inte.", en: "Agreement or its document not found." })
  await sendStrapiFile(res, strapi, {
    fileId: agreement.document.id,
    companies: [company_id],
    name: agreement.document.name,
    type: AGREEMENT_DOCUMENT_MIME,
  })
})
