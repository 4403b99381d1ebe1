import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { companyNotFound } from "../../../../lib/company-membership-guard"
import { COMPANY_ADMIN_FIELDS } from "../query-config"

/** GET /admin/companies/:id — one company with its members. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company",
    fields: COMPANY_ADMIN_FIELDS,
    filters: { id: req.params.id },
  })
  if (!data.length) return companyNotFound(res)
  res.json({ company: data[0] })
}
