import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, sendPortalError } from "@mymonitor/common/lib/portal-errors"
import { COMPANY_ADMIN_FIELDS } from "../query-config"

/** GET /admin/companies/:id — one company with its members. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company",
    fields: COMPANY_ADMIN_FIELDS,
    filters: { id: req.params.id },
  })
  if (!data.length) return sendPortalError(res, notFound({ sv: "Företaget hittades inte.", en: "Company not found." }))
  res.json({ company: data[0] })
}
