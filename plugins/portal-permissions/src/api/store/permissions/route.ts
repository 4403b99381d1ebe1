import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PORTAL_AREAS, ROLE_AREAS } from "../../../lib/role-areas"

/** GET /store/permissions — the role → area table, so the portal's navigation reads the same source as the guard. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ areas: PORTAL_AREAS, role_areas: ROLE_AREAS })
}
