import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { notFound, withPortalErrors } from "@mymonitor/common/lib/portal-errors"
import { licensingOf, portalErrorOf } from "../../../../../lib/license-views"
import type { AdminUpsertLicenseTerms } from "./validators"

async function variantOf(container: MedusaContainer, id: string) {
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ id }, { select: ["id", "title", "sku"], take: 1 })
  if (!variant) throw notFound({ sv: "Varianten hittades inte.", en: "Product variant not found." })
  return { id: variant.id, title: variant.title, sku: variant.sku ?? null }
}

/** GET /admin/product-variants/:id/license-terms — what one unit of the variant licenses (null: nothing). */
export const GET = withPortalErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const variant = await variantOf(req.scope, req.params.id)
  res.json({ variant, license_terms: await licensingOf(req.scope).licenseTermsOf(variant.id) })
})

/** POST /admin/product-variants/:id/license-terms — sets the variant's license terms; licenses sold earlier keep theirs. */
export const POST = withPortalErrors(async (req: AuthenticatedMedusaRequest<AdminUpsertLicenseTerms>, res: MedusaResponse) => {
  const variant = await variantOf(req.scope, req.params.id)
  const terms = await licensingOf(req.scope)
    .upsertLicenseTerms(variant.id, req.validatedBody)
    .catch((error: unknown) => {
      throw portalErrorOf(error)
    })
  res.json({ variant, license_terms: terms })
})
