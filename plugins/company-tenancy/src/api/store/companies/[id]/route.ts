import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyWithRole } from "../../../../lib/company-membership-guard"

/** GET /store/companies/:id — one of the caller's companies; any other id is 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ company: companyWithRole(req) })
}
