import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { licensingOf } from "../../../lib/license-views"

/**
 * GET /license-keys/jwks.json — public: the Ed25519 public keys (a JWK Set) Monitor ERP
 * verifies license files with, offline (docs/license-format.md). The current key and the
 * retired ones whose files are still in use; an hour in caches.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.setHeader("Content-Type", "application/jwk-set+json; charset=utf-8")
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.status(200).send(JSON.stringify(licensingOf(req.scope).jwks()))
}
