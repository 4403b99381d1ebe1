import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LICENSE_ISSUER } from "../../../lib/license-signing"
import { licensingOf } from "../../../lib/license-views"

/**
 * GET /license-keys/revoked.json — public: the ids (`lid`) of the revoked licenses and
 * when they were revoked. An ERP that goes online fetches it to learn of a revocation; an
 * offline one cannot (docs/license-format.md). Ids only: nothing about whose license it was.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const revoked = await licensingOf(req.scope).revokedLicenses()
  res.setHeader("Cache-Control", "public, max-age=300")
  res.status(200).json({ iss: LICENSE_ISSUER, generated_at: new Date().toISOString(), revoked })
}
